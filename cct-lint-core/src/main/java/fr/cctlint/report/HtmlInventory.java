package fr.cctlint.report;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import fr.cctlint.model.Component;
import fr.cctlint.policy.Assessment;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.Product;
import java.io.IOException;
import java.util.List;
import java.util.ArrayList;

/**
 * The inventory section of the HTML report: every assessed component in one plain table (name, version,
 * ecosystem, deployment with its reason, referential row and status, verdict, where it was declared). The
 * table reads without scripts; the report's script adds a filter box and sort buttons.
 */
final class HtmlInventory {
    private final ScanReport report;
    private final ReportTexts texts;

    HtmlInventory(ScanReport report, ReportTexts texts) {
        this.report = report;
        this.texts = texts;
    }

    void write(HtmlWriter h) throws IOException {
        h.open("section", "id", "inventory", "aria-labelledby", "inventory-title");
        h.line("h2", texts.get("html.inventory.title"), "id", "inventory-title");
        int total = report.inputs().stream().mapToInt(i -> i.assessments().size()).sum();
        if (total == 0) {
            h.line("p", texts.get("html.inventory.none"));
            h.close("section");
            return;
        }
        h.open("div", "class", "tools", "id", "inventory-tools", "hidden", "");
        h.line("label", texts.get("html.inventory.filter"), "for", "inventory-filter");
        h.empty("input", "type", "search", "id", "inventory-filter", "aria-controls", "inventory-table",
                "aria-describedby", "inventory-hint");
        h.line("p", texts.get("html.inventory.hint"), "id", "inventory-hint");
        h.line("p", "", "id", "inventory-shown", "aria-live", "polite",
                "data-template", texts.get("html.inventory.shown", "{0}", "{1}"));
        h.close("div");
        boolean several = report.inputs().size() > 1;
        h.open("table", "id", "inventory-table");
        h.line("caption", texts.get("html.inventory.caption", total));
        List<String> columns = new ArrayList<>(List.of("name", "version", "ecosystem", "deployment", "referential",
                "verdict", "declaredAt"));
        if (several) {
            columns.add("input");
        }
        h.head(key -> texts.get("html.inventory.col." + key), columns.toArray(String[]::new));
        h.open("tbody");
        for (InputReport input : report.inputs()) {
            for (Assessment a : input.assessments()) {
                row(h, input, a, several);
            }
        }
        h.close("tbody");
        h.close("table");
        h.close("section");
    }

    private void row(HtmlWriter h, InputReport input, Assessment a, boolean several) throws IOException {
        Component c = a.component();
        h.open("tr", "data-verdict", a.verdict().name());
        h.line("th", HtmlFindings.nameOf(c), "scope", "row");
        h.line("td", HtmlWriter.orDash(c.version()));
        h.line("td", ecosystem(c.purl()));
        h.start("td").text(texts.deploymentLabel(a.classification().deployment()) + " ")
                .inline("span", texts.render(a.classification().reason()), "class", "reason").close("td");
        h.line("td", referential(a.match()));
        h.line("td", texts.verdictLabel(a.verdict()));
        h.codeCell(c.primaryEvidence() == null ? null : c.primaryEvidence().location());
        if (several) {
            h.line("td", input.source().location());
        }
        h.close("tr");
    }

    private String referential(Match match) {
        if (match == null) {
            return texts.get("html.inventory.unlisted");
        }
        if (match.entry() != null) {
            Product p = match.entry();
            return texts.get("html.inventory.listed", p.ref(), p.name(), p.status(), texts.statusLabel(p.status()));
        }
        Product first = match.family().get(0);
        return texts.get("html.inventory.otherVersions", first.ref(), first.name(), match.listedVersions());
    }

    /** The Package URL type ({@code maven}, {@code docker}, {@code npm}), or a dash. */
    static String ecosystem(String purl) {
        if (purl == null || purl.isBlank()) {
            return HtmlWriter.DASH;
        }
        try {
            return new PackageURL(purl.strip()).getType();
        } catch (MalformedPackageURLException | RuntimeException e) {
            return HtmlWriter.DASH;
        }
    }

}
