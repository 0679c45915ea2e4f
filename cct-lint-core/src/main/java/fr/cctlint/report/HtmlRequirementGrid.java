package fr.cctlint.report;

import fr.cctlint.cloudnative.GridRow;
import fr.cctlint.cloudnative.GridVerdict;
import fr.cctlint.cloudnative.RequirementGrid;
import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.model.Evidence;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The Cloud Native section of the HTML report, for reviewers: every requirement in the CCT's order with its type,
 * its text as published (French, marked as such for screen readers), how much cct-lint checks of it, the verdict
 * written out, and the evidence: where it is not met, and what was checked and found fine.
 */
final class HtmlRequirementGrid {
    static final String SECTION = "cloud-native";

    private final ScanReport report;
    private final ReportTexts texts;

    HtmlRequirementGrid(ScanReport report, ReportTexts texts) {
        this.report = report;
        this.texts = texts;
    }

    /** True when some input was checked against the requirements. */
    static boolean present(ScanReport report) {
        return report.inputs().stream().anyMatch(i -> i.cloudNative() != null);
    }

    void write(HtmlWriter h) throws IOException {
        if (!present(report)) {
            return;
        }
        h.open("section", "id", SECTION, "aria-labelledby", SECTION + "-title");
        h.line("h2", texts.get("report.grid.title"), "id", SECTION + "-title");
        List<InputReport> checked = report.inputs().stream().filter(i -> i.cloudNative() != null).toList();
        for (InputReport input : checked) {
            RequirementGrid grid = input.cloudNative();
            if (checked.size() > 1) {
                h.line("h3", input.source().location());
            }
            h.line("p", texts.gridSummary(grid), "class", "grid-summary", "data-grid-summary",
                    summaryData(grid.counts()));
            h.line("p", texts.get("html.grid.source", texts.edition(grid.provenance())));
            table(h, grid);
        }
        h.close("section");
    }

    private void table(HtmlWriter h, RequirementGrid grid) throws IOException {
        h.open("table", "class", "grid");
        h.line("caption", texts.get("html.grid.caption", grid.rows().size()));
        h.head(column -> texts.get("html.grid.col." + column), "id", "type", "text", "coverage", "verdict",
                "evidence");
        h.open("tbody");
        for (GridRow row : grid.rows()) {
            h.open("tr", "id", "requirement-" + row.requirement().id(), "data-verdict", row.verdict().name());
            h.line("th", row.requirement().id(), "scope", "row");
            h.line("td", texts.requirementType(row.type()));
            h.start("td", "lang", "fr").text(row.requirement().text());
            if (!row.requirement().category().isBlank()) {
                h.inline("span", row.requirement().category(), "class", "reason");
            }
            h.close("td");
            h.line("td", texts.coverageLabel(row.requirement().automation().coverage()));
            h.start("td").inline("span", texts.gridVerdictLabel(row.verdict()), "class",
                    "gv gv-" + row.verdict().name().toLowerCase(java.util.Locale.ROOT)).close("td");
            evidence(h, row);
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
    }

    private void evidence(HtmlWriter h, GridRow row) throws IOException {
        h.start("td");
        if (row.violations().isEmpty() && row.checked().isEmpty()) {
            h.text(row.verdict() == GridVerdict.TO_ASSESS && !row.requirement().automation().rules().isEmpty()
                    ? texts.get("html.grid.nothingToCheck") : "");
            h.close("td");
            return;
        }
        h.open("ul", "class", "plain");
        for (Violation v : row.violations()) {
            h.start("li").inline("code", v.location().location()).text(" " + texts.render(v.message())).close("li");
        }
        for (Evidence e : row.checked()) {
            h.start("li").text(texts.get("html.grid.checked") + " ").inline("code", e.location());
            if (!e.text().isBlank()) {
                h.text(" ").inline("code", e.text());
            }
            h.close("li");
        }
        h.close("ul");
        h.close("td");
    }

    private static String summaryData(Map<GridVerdict, Integer> counts) {
        StringBuilder data = new StringBuilder();
        counts.forEach((v, n) -> data.append(data.length() == 0 ? "" : " ").append(v.name()).append('=').append(n));
        return data.toString();
    }
}
