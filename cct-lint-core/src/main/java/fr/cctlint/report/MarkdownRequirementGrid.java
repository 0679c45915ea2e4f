package fr.cctlint.report;

import fr.cctlint.cloudnative.GridRow;
import fr.cctlint.cloudnative.RequirementGrid;
import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.model.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * The Cloud Native grid of the Markdown report: the summary sentence, then every requirement in a table folded
 * in a {@code <details>} block so the merge-request comment stays short. Evidence is the violations' locations,
 * else what was checked.
 */
final class MarkdownRequirementGrid {
    private static final int EVIDENCE_SHOWN = 3;

    private MarkdownRequirementGrid() {
    }

    static void write(List<String> lines, ScanReport report, ReportTexts texts) {
        List<InputReport> checked = report.inputs().stream().filter(i -> i.cloudNative() != null).toList();
        for (InputReport input : checked) {
            RequirementGrid grid = input.cloudNative();
            lines.add("");
            lines.add("### " + MarkdownText.escape(texts.get("report.grid.title"))
                    + (checked.size() > 1 ? " " + MarkdownText.code(input.source().location()) : ""));
            lines.add("");
            lines.add(MarkdownText.escape(texts.gridSummary(grid)));
            lines.add("");
            lines.add("<details><summary>" + MarkdownText.escape(texts.get("markdown.grid.details", grid.rows().size()))
                    + "</summary>");
            lines.add("");
            lines.add("| " + String.join(" | ", texts.get("markdown.grid.column.id"), texts.get("markdown.grid.column.type"),
                    texts.get("markdown.grid.column.text"), texts.get("markdown.grid.column.verdict"),
                    texts.get("markdown.grid.column.evidence")) + " |");
            lines.add("| --- | --- | --- | --- | --- |");
            for (GridRow row : grid.rows()) {
                lines.add("| " + String.join(" | ", row.requirement().id(),
                        MarkdownText.escape(row.requirement().type().isEmpty() ? "-" : row.requirement().type()),
                        MarkdownText.escape(MarkdownText.shorten(row.requirement().text())),
                        MarkdownText.escape(texts.gridVerdictLabel(row.verdict())), evidence(row)) + " |");
            }
            lines.add("");
            lines.add("</details>");
        }
    }

    private static String evidence(GridRow row) {
        List<String> shown = new ArrayList<>();
        for (Violation v : row.violations()) {
            shown.add(MarkdownText.codeInCell(v.location().location()));
        }
        if (shown.isEmpty()) {
            for (Evidence e : row.checked()) {
                shown.add(MarkdownText.codeInCell(e.location()));
            }
        }
        int more = shown.size() - EVIDENCE_SHOWN;
        List<String> cut = shown.subList(0, Math.min(shown.size(), EVIDENCE_SHOWN));
        return String.join(", ", cut) + (more > 0 ? " +" + more : "");
    }
}
