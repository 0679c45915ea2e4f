package fr.cctlint.report;

import fr.cctlint.cloudnative.Coverage;
import fr.cctlint.cloudnative.GridVerdict;
import fr.cctlint.cloudnative.RequirementGrid;
import fr.cctlint.cloudnative.RequirementType;
import fr.cctlint.classify.Deployment;
import fr.cctlint.i18n.Message;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.SourceKind;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import fr.cctlint.policy.Verdict;
import fr.cctlint.referential.Provenance;
import fr.cctlint.referential.Referential;
import fr.cctlint.referential.StatusDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The texts every reporter shares, in one language: rule catalogue texts (bundle {@code rules}), labels of
 * severities, verdicts and deployments (bundle {@code report}), and status labels from the referential's own
 * status definitions.
 */
public final class ReportTexts {
    private final Messages messages;
    private final Referential referential;

    public ReportTexts(Messages messages, Referential referential) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.referential = Objects.requireNonNull(referential, "referential");
    }

    public Messages messages() {
        return messages;
    }

    /** The ISO 639-1 language of the texts: {@code en}, {@code fr}. */
    public String language() {
        return messages.locale().getLanguage();
    }

    public String render(Message message) {
        return messages.render(message);
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    public String ruleName(Rule rule) {
        return messages.get("rules." + rule.id() + ".name");
    }

    public String ruleShort(Rule rule) {
        return messages.get("rules." + rule.id() + ".short");
    }

    public String ruleFull(Rule rule) {
        return messages.get("rules." + rule.id() + ".full");
    }

    public String ruleHelp(Rule rule) {
        return messages.get("rules." + rule.id() + ".help");
    }

    /**
     * The severity a rule has in this referential: the severity its status definition gives (CCT002..CCT004
     * are driven by the status letters), else the rule's default.
     */
    public Severity ruleSeverity(Rule rule, boolean newProject) {
        return referential.statuses().values().stream()
                .filter(s -> rule.id().equals(s.rule()) && s.severity() != null)
                .map(s -> s.severityFor(newProject))
                .max(Enum::compareTo)
                .orElse(rule.defaultSeverity());
    }

    /** The label of a status letter in this language ({@code recommended}), or the letter when undefined. */
    public String statusLabel(String letter) {
        if (letter == null) {
            return "";
        }
        return referential.status(letter).map(this::label).filter(l -> !l.isBlank()).orElse(letter);
    }

    private String label(StatusDefinition definition) {
        String label = "fr".equals(language()) ? definition.labelFr() : definition.labelEn();
        return label == null ? "" : label;
    }

    public String severityLabel(Severity severity) {
        return messages.get("report.severity." + severity.name());
    }

    public String verdictLabel(Verdict verdict) {
        return messages.get("report.verdict." + verdict.name());
    }

    public String gridVerdictLabel(GridVerdict verdict) {
        return messages.get("report.grid.verdict." + verdict.name());
    }

    public String coverageLabel(Coverage coverage) {
        return messages.get("report.grid.coverage." + coverage.name());
    }

    /** One sentence: how many requirements the grid has, and how many of each verdict. */
    public String gridSummary(RequirementGrid grid) {
        Map<GridVerdict, Integer> counts = grid.counts();
        return get("report.grid.summary", grid.rows().size(), counts.get(GridVerdict.NOT_MET),
                counts.get(GridVerdict.MET), counts.get(GridVerdict.PARTLY_CHECKED), counts.get(GridVerdict.TO_ASSESS));
    }

    /** A requirement type as a reader needs it: {@code P (essential)}, or "not given". */
    public String requirementType(RequirementType type) {
        String meaning = type.meaning(language());
        return type.code().isEmpty() ? meaning : type.code() + " (" + meaning + ")";
    }

    public String deploymentLabel(Deployment deployment) {
        return messages.get("report.deployment." + deployment.name());
    }

    public String sourceKindLabel(SourceKind kind) {
        return messages.get("report.sourceKind." + kind.name());
    }

    /** One line naming an edition: {@code title (id), revision r, date}; absent parts are left out. */
    public String edition(Provenance provenance) {
        List<String> parts = new ArrayList<>();
        String title = blankToNull(provenance.title());
        String id = blankToNull(provenance.id());
        if (title != null && id != null) {
            parts.add(title + " (" + id + ")");
        } else if (title != null || id != null) {
            parts.add(title != null ? title : id);
        }
        if (blankToNull(provenance.revision()) != null) {
            parts.add(messages.get("report.edition.revision", provenance.revision()));
        }
        if (blankToNull(provenance.date()) != null) {
            parts.add(provenance.date());
        }
        return String.join(", ", parts);
    }

    /** Every edition of the referential, joined: base first, layers after. */
    public String editions() {
        List<String> lines = referential.editions().stream().map(this::edition).toList();
        return lines.isEmpty() ? messages.get("report.edition.unknown") : String.join(" + ", lines);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
