package fr.cctlint.report;

import fr.cctlint.model.Evidence;
import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.Product;
import java.util.ArrayList;
import java.util.List;

/** Plain-text explanations shared by the text and JUnit reports. Stateless. */
final class FindingDetail {
    private FindingDetail() {
    }

    /** The quoted evidence line, rustc style: {@code   12 | image: rabbitmq:3.13}; empty when nothing to quote. */
    static String quote(Evidence evidence) {
        if (evidence.text().isEmpty()) {
            return "";
        }
        String gutter = evidence.hasLine() ? String.valueOf(evidence.line()) : "";
        return "   " + gutter + " | " + oneLine(evidence.text());
    }

    /** The full text of a finding: rule, message, location, quoted evidence, remedy. */
    static String full(Finding finding, ReportTexts texts) {
        List<String> lines = new ArrayList<>();
        lines.add(finding.rule().id() + " " + texts.ruleName(finding.rule()) + " ("
                + texts.severityLabel(finding.severity()) + ")");
        lines.add(texts.render(finding.message()));
        lines.add(texts.get("report.detail.location", finding.location().location()));
        String quote = quote(finding.location());
        if (!quote.isEmpty()) {
            lines.add(quote);
        }
        lines.add(texts.get("report.detail.howToFix", texts.ruleHelp(finding.rule())));
        return String.join("\n", lines);
    }

    /** Why a component was judged as it was: verdict, referential row, deployment with its reason. */
    static List<String> why(Assessment assessment, ReportTexts texts) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("report.detail.verdict", texts.verdictLabel(assessment.verdict())));
        Match match = assessment.match();
        if (match == null) {
            lines.add(texts.get("report.detail.unlisted"));
        } else if (match.entry() != null) {
            Product p = match.entry();
            lines.add(texts.get("report.detail.listed", title(p), p.status(), texts.statusLabel(p.status()),
                    match.matchedBy()));
        } else {
            Product first = match.family().get(0);
            lines.add(texts.get("report.detail.listedOtherVersions", first.ref(), first.name(),
                    match.listedVersions(), match.matchedBy()));
        }
        lines.add(texts.get("report.detail.deployment", texts.deploymentLabel(assessment.classification().deployment()),
                texts.render(assessment.classification().reason())));
        return lines;
    }

    /** {@code AT-1541 PostgreSQL >=13}: reference, name and the published version when there is one. */
    static String title(Product product) {
        String version = product.versionText().isBlank() ? "" : " " + product.versionText();
        return product.ref() + " " + product.name() + version;
    }

    /**
     * Text safe to print on one line of a terminal: line breaks and tabs become spaces, other control
     * characters (a bell, an escape sequence from a hostile manifest) become U+FFFD.
     */
    /** The text on one line, cut to {@code max} code points at most with an ellipsis when cut. */
    static String cut(String text, int max) {
        String line = oneLine(text == null ? "" : text).strip();
        if (line.codePointCount(0, line.length()) <= max) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, max - 1)).stripTrailing() + "\u2026";
    }

    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").replaceAll("[\\p{Cc}]", "\uFFFD");
    }
}
