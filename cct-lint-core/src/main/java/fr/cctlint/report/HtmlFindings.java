package fr.cctlint.report;

import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Rule;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.Product;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The findings section of the HTML report: one sub-section per rule (id, name, what it checks), each finding
 * with its severity written out, the component, the referential entry it was judged against, the evidence
 * (file:line and the quoted declaring text) and the remedy.
 */
final class HtmlFindings {
    private final ScanReport report;
    private final ReportTexts texts;

    HtmlFindings(ScanReport report, ReportTexts texts) {
        this.report = report;
        this.texts = texts;
    }

    /** A finding with the input it was found in. */
    private record Located(InputReport input, Finding finding) {
    }

    void write(HtmlWriter h) throws IOException {
        h.open("section", "id", "findings", "aria-labelledby", "findings-title");
        h.line("h2", texts.get("html.findings.title"), "id", "findings-title");
        List<Located> all = new ArrayList<>();
        for (InputReport input : report.inputs()) {
            input.findings().forEach(f -> all.add(new Located(input, f)));
        }
        if (all.isEmpty()) {
            h.line("p", texts.get("html.findings.none"));
        }
        int number = 0;
        for (Rule rule : Rule.values()) {
            List<Located> ofRule = all.stream().filter(l -> l.finding().rule() == rule).toList();
            if (ofRule.isEmpty()) {
                continue;
            }
            String id = "rule-" + rule.id();
            h.open("section", "id", id, "aria-labelledby", id + "-title");
            h.line("h3", texts.get("html.findings.rule", rule.id(), texts.ruleName(rule), ofRule.size()),
                    "id", id + "-title");
            h.line("p", texts.ruleShort(rule));
            h.open("ol", "class", "findings");
            for (Located l : ofRule) {
                number++;
                finding(h, l, "finding-" + number);
            }
            h.close("ol");
            h.close("section");
        }
        h.close("section");
    }

    private void finding(HtmlWriter h, Located located, String id) throws IOException {
        Finding f = located.finding();
        String severity = f.severity().name().toLowerCase(Locale.ROOT);
        h.open("li", "class", "finding " + severity, "id", id, "data-rule", f.rule().id(),
                "data-severity", f.severity().name());
        h.start("h4");
        h.inline("span", texts.severityLabel(f.severity()), "class", "sev sev-" + severity);
        h.text(" " + (f.component() != null ? f.component().displayName() : f.location().location()));
        h.close("h4");
        h.line("p", texts.render(f.message()));
        h.open("dl", "class", "facts");
        fact(h, texts.get("html.finding.severity"), report.fails(f.severity())
                ? texts.get("html.finding.failing", texts.severityLabel(f.severity()), texts.severityLabel(report.failOn()))
                : texts.get("html.finding.notFailing", texts.severityLabel(f.severity()), texts.severityLabel(report.failOn())));
        if (report.inputs().size() > 1) {
            fact(h, texts.get("html.finding.input"), located.input().source().location());
        }
        if (f.component() != null) {
            h.line("dt", texts.get("html.finding.component"));
            h.start("dd").text(f.component().displayName());
            if (f.component().purl() != null) {
                h.text(" ").inline("code", f.component().purl());
            }
            h.close("dd");
            h.line("dt", texts.get("html.finding.entry"));
            h.start("dd");
            entry(h, located.input(), f);
            h.close("dd");
        }
        h.line("dt", texts.get("html.finding.evidence"));
        h.start("dd");
        evidence(h, f.location());
        h.close("dd");
        fact(h, texts.get("html.finding.remedy"), texts.ruleHelp(f.rule()));
        h.close("dl");
        h.close("li");
    }

    private static void fact(HtmlWriter h, String term, String value) throws IOException {
        h.line("dt", term);
        h.line("dd", value);
    }

    /** The location and the quoted declaring text. */
    static void evidence(HtmlWriter h, Evidence evidence) throws IOException {
        h.inline("code", evidence.location());
        if (!evidence.text().isEmpty()) {
            h.newline().start("pre").inline("code", evidence.text()).end("pre");
        }
    }

    /** The referential row the finding's component was judged against, or that it is not listed. */
    private void entry(HtmlWriter h, InputReport input, Finding f) throws IOException {
        Match match = input.assessments().stream().filter(a -> a.component().equals(f.component()))
                .map(Assessment::match).filter(m -> m != null).findFirst().orElse(null);
        Product product = match == null ? f.product() : match.entry() != null ? match.entry() : match.family().get(0);
        if (product == null) {
            h.text(texts.get("html.entry.none"));
            return;
        }
        h.open("ul", "class", "plain");
        if (match != null && match.entry() == null) {
            // no row covers the version used: every listed row of the product, with its own status
            for (Product row : match.family()) {
                h.line("li", texts.get("html.entry.row", row.ref(), row.name(), row.versionLabel(), row.status(),
                        texts.statusLabel(row.status())));
            }
            h.line("li", texts.get("html.entry.matchedBy", match.matchedBy()));
            h.end("ul");
            return;
        }
        h.line("li", product.supplier() == null || product.supplier().isBlank()
                ? texts.get("html.entry.product", product.ref(), product.name())
                : texts.get("html.entry.productBy", product.ref(), product.name(), product.supplier()));
        h.line("li", texts.get("html.entry.status", product.status(), texts.statusLabel(product.status())));
        h.line("li", texts.get("html.entry.versions", match == null ? product.versionLabel() : match.listedVersions()));
        if (!product.comment().isBlank()) {
            h.line("li", texts.get("html.entry.conditions", product.comment()));
        }
        if (match != null) {
            h.line("li", texts.get("html.entry.matchedBy", match.matchedBy()));
        }
        h.end("ul");
    }

    /** The component's name without its version: {@code org.postgresql/postgresql}. */
    static String nameOf(Component component) {
        String display = component.displayName();
        String version = component.version();
        return version != null && !version.isBlank() && display.endsWith("@" + version)
                ? display.substring(0, display.length() - version.length() - 1)
                : display;
    }
}
