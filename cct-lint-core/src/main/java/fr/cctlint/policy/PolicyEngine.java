package fr.cctlint.policy;

import fr.cctlint.classify.Classification;
import fr.cctlint.classify.Classifier;
import fr.cctlint.classify.Deployment;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.ProductMatcher;
import fr.cctlint.referential.Referential;
import fr.cctlint.referential.StatusDefinition;
import fr.cctlint.report.InputReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies the referential's rules to an inventory: classifies each component, matches it, gives it a verdict
 * and the findings it deserves (CCT001 to CCT005), and turns read problems into CCT009 findings.
 * Where a status becomes a severity: in the referential's {@link StatusDefinition}s, read here.
 */
public final class PolicyEngine {
    /** Report order: most severe first, then file, line, rule. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(f -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::fingerprint);

    private final Classifier classifier;
    private final ProductMatcher matcher;
    private final Referential referential;
    private final PolicyOptions options;

    public PolicyEngine(Classifier classifier, ProductMatcher matcher, Referential referential, PolicyOptions options) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.referential = Objects.requireNonNull(referential, "referential");
        this.options = Objects.requireNonNull(options, "options");
    }

    public InputReport judge(Inventory inventory) {
        List<Assessment> assessments = new ArrayList<>(inventory.components().size());
        List<Finding> findings = new ArrayList<>();
        String input = inventory.source().location();
        for (Component component : inventory.components()) {
            Classification classification = classifier.classify(component);
            Match match = matcher.match(component).orElse(null);
            Judgement judgement = judge(input, component, classification, match);
            assessments.add(new Assessment(component, classification, match, judgement.verdict()));
            judgement.finding().ifPresent(findings::add);
        }
        for (Problem problem : inventory.problems()) {
            findings.add(new Finding(Rule.CCT009, Rule.CCT009.defaultSeverity(), null, null, problem.message(),
                    problem.evidence(), Fingerprints.of(Rule.CCT009.id(), problem.file(), problem.message().key(),
                            String.valueOf(problem.line()))));
        }
        findings.sort(ORDER);
        return new InputReport(inventory.source(), assessments, findings, inventory.problems(),
                inventory.excludedCount());
    }

    private record Judgement(Verdict verdict, Optional<Finding> finding) {
        static Judgement pass(Verdict verdict) {
            return new Judgement(verdict, Optional.empty());
        }
    }

    private Judgement judge(String input, Component component, Classification classification, Match match) {
        if (component.subject() || classification.deployment() == Deployment.BUILD_ONLY) {
            return Judgement.pass(Verdict.OUT_OF_SCOPE);
        }
        if (match == null) {
            return switch (classification.deployment()) {
                case OPERATED -> new Judgement(Verdict.UNLISTED_OPERATED, Optional.of(finding(input, Rule.CCT001,
                        Rule.CCT001.defaultSeverity(), component, null,
                        Message.of("policy.CCT001.operated", component.displayName(), classification.reason()))));
                case UNKNOWN -> new Judgement(Verdict.UNLISTED_OPERATED, Optional.of(finding(input, Rule.CCT001,
                        Severity.WARNING, component, null, Message.of("policy.CCT001.unknown", component.displayName()))));
                default -> Judgement.pass(Verdict.UNLISTED_EMBEDDED);
            };
        }
        Product entry = match.entry();
        if (entry == null) {
            Product first = match.family().get(0);
            Message message = blank(component.version())
                    ? Message.of("policy.CCT005.unknownVersion", component.displayName(), first.name(),
                            match.listedVersions(), refs(match))
                    : Message.of("policy.CCT005.otherVersion", component.displayName(), first.name(),
                            component.version(), match.listedVersions(), refs(match));
            return new Judgement(Verdict.VERSION_NOT_LISTED, Optional.of(finding(input, Rule.CCT005,
                    Rule.CCT005.defaultSeverity(), component, first, message)));
        }
        Optional<StatusDefinition> status = referential.status(entry.status());
        if (status.isEmpty() || status.get().passes()) {
            return Judgement.pass(Verdict.LISTED);
        }
        StatusDefinition definition = status.get();
        Rule rule = Rule.byId(definition.rule()).orElse(Rule.CCT003);
        Severity severity = definition.severityFor(options.newProject());
        Message message = Message.of("policy." + rule.id() + ".status", component.displayName(), entry.ref(),
                entry.name(), entry.versionLabel(), entry.status(), conditions(entry));
        return new Judgement(Verdict.LISTED_WITH_STATUS,
                Optional.of(finding(input, rule, severity, component, entry, message)));
    }

    private static Finding finding(String input, Rule rule, Severity severity, Component component, Product product,
            Message message) {
        Evidence location = component.primaryEvidence() != null ? component.primaryEvidence() : Evidence.ofFile(input);
        String identity = component.purl() != null ? component.purl() : component.displayName();
        return new Finding(rule, severity, component, product, message, location,
                Fingerprints.of(rule.id(), input, identity));
    }

    private static String refs(Match match) {
        return String.join(", ", match.family().stream().map(p -> p.ref() + " (" + p.versionLabel() + ", "
                + p.status() + ")").toList());
    }

    private static String conditions(Product entry) {
        return entry.comment().isBlank() ? "-" : entry.comment().replaceAll("\\s+", " ").strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
