package fr.cctlint.report;

import fr.cctlint.cloudnative.GridRow;
import fr.cctlint.cloudnative.RequirementGrid;
import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Evidence;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The Cloud Native grid in the terminal ({@code cct-lint requirements list}): one line per requirement in the
 * CCT's order (id, type, verdict, the published text cut to fit), the evidence indented under it, and the
 * summary. An input whose requirements were not checked says so.
 */
public final class GridTextReporter implements Reporter {
    public static final String NAME = "grid";
    private static final int TEXT_WIDTH = 72;
    private static final int CHECKED_SHOWN = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileName() {
        return "cct-lint-grid.txt";
    }

    @Override
    public void write(ScanReport report, Messages messages, OutputStream out) throws IOException {
        ReportTexts texts = new ReportTexts(messages, report.referential());
        List<String> lines = new ArrayList<>();
        for (InputReport input : report.inputs()) {
            lines.add(texts.get("report.text.input", input.source().location(),
                    texts.sourceKindLabel(input.source().kind())));
            RequirementGrid grid = input.cloudNative();
            if (grid == null) {
                lines.add(texts.get("report.grid.notChecked"));
                lines.add("");
                continue;
            }
            lines.add(texts.get("report.grid.edition", texts.edition(grid.provenance())));
            lines.add("");
            int verdictWidth = grid.rows().stream().mapToInt(r -> texts.gridVerdictLabel(r.verdict()).length())
                    .max().orElse(0);
            for (GridRow row : grid.rows()) {
                lines.add(String.format("%-5s %-2s %-" + verdictWidth + "s  %s", row.requirement().id(),
                        row.requirement().type(), texts.gridVerdictLabel(row.verdict()),
                        FindingDetail.cut(row.requirement().text(), TEXT_WIDTH)));
                for (Violation v : row.violations()) {
                    lines.add("        " + v.location().location() + "  " + FindingDetail.oneLine(texts.render(v.message())));
                }
                List<Evidence> checked = row.checked();
                for (Evidence e : checked.subList(0, Math.min(checked.size(), CHECKED_SHOWN))) {
                    lines.add("        " + texts.get("report.grid.checkedAt", e.location(), FindingDetail.oneLine(e.text())));
                }
                if (checked.size() > CHECKED_SHOWN) {
                    lines.add("        " + texts.get("report.grid.moreChecked", checked.size() - CHECKED_SHOWN));
                }
            }
            lines.add("");
            lines.add(texts.gridSummary(grid));
            lines.add("");
        }
        TextOutput.writeLines(lines, out);
    }
}
