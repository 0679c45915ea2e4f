package fr.cctlint.report;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import fr.cctlint.policy.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A short summary for a merge-request comment: the verdict at the {@code --fail-on} threshold, the inputs and
 * referential edition, counts per rule and severity, and the most severe findings (at most
 * {@value #TOP}) as a table with rule, severity, {@code file:line}, component and a shortened message.
 *
 * <p>It holds no link, and everything the scanned project controls is made inert ({@link MarkdownText}): names
 * and paths as code spans, messages with Markdown punctuation escaped, so a hostile component name can neither
 * break the table nor mention people or inject HTML.
 */
public final class MarkdownReporter implements Reporter {
    public static final String NAME = "markdown";
    /** The most findings listed; the full reports have the others. */
    static final int TOP = 20;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileName() {
        return "cct-lint.md";
    }

    @Override
    public void write(ScanReport report, Messages messages, OutputStream out) throws IOException {
        ReportTexts texts = new ReportTexts(messages, report.referential());
        ReportCounts counts = ReportCounts.of(report);
        List<String> lines = new ArrayList<>();
        lines.add("## " + texts.get(title(report)));
        lines.add("");
        lines.add("**" + MarkdownText.escape(result(report, counts, texts)) + "**");
        lines.add("");
        header(lines, report, counts, texts);
        lines.add("");
        List<Finding> findings = report.allFindings();
        if (findings.isEmpty()) {
            lines.add(MarkdownText.escape(texts.get("report.text.noFindings")));
        } else {
            countTable(lines, findings, texts);
            lines.add("");
            topTable(lines, findings, texts);
        }
        MarkdownRequirementGrid.write(lines, report, texts);
        TextOutput.writeLines(lines, out);
    }

    private static String title(ScanReport report) {
        if (report.failOn() == Severity.NONE) {
            return "markdown.title.notEnforced";
        }
        return report.failed() ? "markdown.title.fail" : "markdown.title.pass";
    }

    private static String result(ScanReport report, ReportCounts counts, ReportTexts texts) {
        if (report.failOn() == Severity.NONE) {
            return texts.get("report.text.result.notEnforced");
        }
        String failOn = texts.severityLabel(report.failOn());
        return counts.failing() == 0
                ? texts.get("report.text.result.pass", failOn)
                : texts.get("report.text.result.fail", counts.failing(), failOn);
    }

    /** A bullet list: referential, each input (with its application and revision), components, problems, waivers. */
    private static void header(List<String> lines, ScanReport report, ReportCounts counts, ReportTexts texts) {
        lines.add("- " + MarkdownText.escape(texts.get("report.text.referential", texts.editions())));
        for (InputReport input : report.inputs()) {
            SourceInfo source = input.source();
            lines.add("- " + texts.get("report.text.input", MarkdownText.code(source.location()),
                    MarkdownText.escape(texts.sourceKindLabel(source.kind()))));
            if (source.subject() != null) {
                lines.add("  - " + texts.get("report.text.subject", MarkdownText.code(source.subject())));
            }
            String commit = source.details().get(SourceInfo.COMMIT);
            if (commit != null) {
                lines.add("  - " + texts.get("report.text.revision",
                        MarkdownText.code(source.details().getOrDefault(SourceInfo.REF, commit)),
                        MarkdownText.code(commit),
                        MarkdownText.code(source.details().getOrDefault(SourceInfo.REPOSITORY, ""))));
            }
        }
        lines.add("- " + MarkdownText.escape(counts.components() == 0
                ? texts.get("report.text.noComponents", counts.excluded())
                : texts.get("report.text.components", counts.components(), breakdown(counts, texts),
                        counts.excluded())));
        if (counts.problems() > 0) {
            lines.add("- " + MarkdownText.escape(texts.get("report.text.problems", counts.problems())));
        }
        int waived = report.inputs().stream().mapToInt(i -> i.suppressed().size()).sum();
        if (waived > 0) {
            lines.add("- " + MarkdownText.escape(texts.get("markdown.waived", waived)));
        }
        if (report.newProject()) {
            lines.add("- " + MarkdownText.escape(texts.get("report.text.newProject")));
        }
    }

    private static String breakdown(ReportCounts counts, ReportTexts texts) {
        List<String> parts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            if (counts.verdict(v) > 0) {
                parts.add(texts.get("report.text.verdictCount", texts.verdictLabel(v), counts.verdict(v)));
            }
        }
        return String.join(", ", parts);
    }

    /** One row per rule with findings, one column per severity, and a total row. */
    private static void countTable(List<String> lines, List<Finding> findings, ReportTexts texts) {
        Map<Rule, Map<Severity, Integer>> byRule = new EnumMap<>(Rule.class);
        for (Finding f : findings) {
            byRule.computeIfAbsent(f.rule(), r -> new EnumMap<>(Severity.class)).merge(f.severity(), 1, Integer::sum);
        }
        StringBuilder head = new StringBuilder("| " + texts.get("markdown.column.rule"));
        StringBuilder rule = new StringBuilder("| ---");
        for (Severity s : ReportCounts.FINDING_SEVERITIES) {
            head.append(" | ").append(MarkdownText.escape(texts.severityLabel(s)));
            rule.append(" | ---:");
        }
        lines.add(head.append(" |").toString());
        lines.add(rule.append(" |").toString());
        Map<Severity, Integer> totals = new EnumMap<>(Severity.class);
        for (Map.Entry<Rule, Map<Severity, Integer>> e : byRule.entrySet()) {
            StringBuilder row = new StringBuilder("| " + e.getKey().id() + " "
                    + MarkdownText.escape(texts.ruleName(e.getKey())));
            for (Severity s : ReportCounts.FINDING_SEVERITIES) {
                int n = e.getValue().getOrDefault(s, 0);
                totals.merge(s, n, Integer::sum);
                row.append(" | ").append(n);
            }
            lines.add(row.append(" |").toString());
        }
        StringBuilder total = new StringBuilder("| **" + texts.get("markdown.total") + "**");
        for (Severity s : ReportCounts.FINDING_SEVERITIES) {
            total.append(" | **").append(totals.getOrDefault(s, 0)).append("**");
        }
        lines.add(total.append(" |").toString());
    }

    /** The most severe findings first; findings of equal severity keep report order (input, file, line). */
    private static void topTable(List<String> lines, List<Finding> findings, ReportTexts texts) {
        List<Finding> top = findings.stream()
                .sorted(Comparator.comparing(Finding::severity).reversed())
                .limit(TOP)
                .toList();
        lines.add("### " + texts.get("markdown.top", top.size(), findings.size()));
        lines.add("");
        lines.add("| " + String.join(" | ", texts.get("markdown.column.rule"), texts.get("markdown.column.severity"),
                texts.get("markdown.column.location"), texts.get("markdown.column.component"),
                texts.get("markdown.column.message")) + " |");
        lines.add("| --- | --- | --- | --- | --- |");
        for (Finding f : top) {
            String component = f.component() == null ? "" : MarkdownText.codeInCell(f.component().displayName());
            lines.add("| " + String.join(" | ", f.rule().id(), MarkdownText.escape(texts.severityLabel(f.severity())),
                    MarkdownText.codeInCell(f.location().location()), component,
                    MarkdownText.escape(MarkdownText.shorten(texts.render(f.message())))) + " |");
        }
        if (findings.size() > top.size()) {
            lines.add("");
            lines.add(MarkdownText.escape(texts.get("markdown.more", findings.size() - top.size())));
        }
    }
}
