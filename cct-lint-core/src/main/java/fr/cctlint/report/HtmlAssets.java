package fr.cctlint.report;

/**
 * The HTML report's own style sheet and script, inlined so that the file opens offline and refers to nothing
 * outside itself. Constants only: no text from the scan or the referential is ever part of them.
 */
final class HtmlAssets {
    private HtmlAssets() {
    }

    /**
     * Dark text on light backgrounds (contrast at least 4.5:1), severity always written out (colour only
     * repeats it), a visible focus ring, and print rules: every section on its own page, nothing sticky, no
     * control left, every row shown.
     */
    static final String STYLE = """
            :root { color-scheme: light; }
            body { margin: 0; color: #1b1b1b; background: #ffffff; line-height: 1.5;
              font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            header, main, footer { max-width: 76rem; margin: 0 auto; padding: 0 1.5rem; }
            header { border-bottom: 4px solid #000091; padding-bottom: 1rem; }
            footer { border-top: 1px solid #767676; margin-top: 2rem; padding-top: .5rem; font-size: .9rem; }
            h1 { font-size: 1.9rem; margin: 1rem 0 .5rem; }
            h2 { font-size: 1.5rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #000091; }
            h3 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
            h4 { font-size: 1rem; margin: 0 0 .25rem; }
            a { color: #000091; }
            :focus-visible { outline: 3px solid #000091; outline-offset: 2px; }
            .skip { position: absolute; left: -10000px; top: 0; }
            .skip:focus { left: 1rem; top: 1rem; background: #ffffff; padding: .5rem 1rem; z-index: 1; }
            nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
            dl.facts dt { font-weight: 700; }
            dl.facts dd { margin: 0; }
            ul.plain { list-style: none; padding: 0; margin: 0; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; }
            caption { text-align: left; font-weight: 700; padding: .25rem 0; }
            th, td { border: 1px solid #929292; padding: .3rem .5rem; text-align: left; vertical-align: top; }
            thead th { background: #e8eaf2; }
            tbody th { font-weight: 600; }
            .num { text-align: right; font-variant-numeric: tabular-nums; }
            .reason { display: block; color: #3a3a3a; font-size: .9rem; }
            code { font-family: ui-monospace, "Cascadia Mono", "DejaVu Sans Mono", Consolas, monospace; overflow-wrap: anywhere; }
            pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f4f4; border-left: 4px solid #767676;
              padding: .4rem .6rem; margin: .25rem 0; }
            .verdict { border: 3px solid #3a3a3a; background: #f2f2f2; padding: .75rem 1rem; font-size: 1.2rem; }
            .verdict.fail { border-color: #a4001d; background: #fdecee; }
            .verdict.pass { border-color: #1e5b27; background: #e9f5ea; }
            .sev { display: inline-block; font-weight: 700; text-transform: uppercase; font-size: .85rem;
              border: 1px solid currentColor; border-radius: .2rem; padding: 0 .35rem; }
            .sev-error { color: #8a0016; background: #fdecee; }
            .sev-warning { color: #5e3700; background: #fff3dc; }
            .sev-note { color: #0a3570; background: #e7effb; }
            table.grid { table-layout: fixed; }
            table.grid td, table.grid th { overflow-wrap: anywhere; }
            table.grid thead th:nth-child(1) { width: 7.5rem; }
            table.grid thead th:nth-child(2) { width: 6.5rem; }
            table.grid thead th:nth-child(3) { width: 28%; }
            table.grid thead th:nth-child(4), table.grid thead th:nth-child(5) { width: 7.5rem; }
            table.grid ul.plain li + li { margin-top: .35rem; }
            .gv { font-weight: 700; }
            .gv-not_met { color: #8a0016; }
            .gv-met { color: #1e5b27; }
            .gv-partly_checked { color: #5e3700; }
            .gv-to_assess { color: #3a3a3a; }
            ol.findings { list-style: none; padding: 0; }
            li.finding { border: 1px solid #929292; border-left: 6px solid #3a3a3a; padding: .5rem 1rem; margin: .75rem 0; }
            li.finding.error { border-left-color: #a4001d; }
            li.finding.warning { border-left-color: #b35c00; }
            li.finding.note { border-left-color: #1f5fbf; }
            .counts { display: grid; grid-template-columns: repeat(auto-fit, minmax(30rem, 1fr)); gap: 0 2rem;
              align-items: start; }
            .counts .wide { grid-column: 1 / -1; }
            figure { margin: .5rem 0 1.5rem; }
            figure svg { max-width: 100%; height: auto; }
            svg text { font-size: 14px; fill: #1b1b1b; }
            .tools { margin: .5rem 0; }
            .tools input { font: inherit; padding: .25rem .5rem; border: 2px solid #3a3a3a; min-width: 18rem; }
            th button { font: inherit; font-weight: 700; color: inherit; background: none; border: 0; padding: 0;
              cursor: pointer; text-align: left; }
            th[aria-sort="ascending"] button::after { content: " \\25B2"; }
            th[aria-sort="descending"] button::after { content: " \\25BC"; }
            @media print {
              .skip, nav, .tools { display: none !important; }
              body { font-size: 10pt; }
              header, main, footer { max-width: none; padding: 0; }
              main > section { break-before: page; }
              main > section:first-child { break-before: auto; }
              tr, li.finding, figure { break-inside: avoid; }
              tr[hidden] { display: table-row !important; }
              thead { display: table-header-group; }
            }
            """;

    /**
     * Enhances the inventory table when scripts run: a filter box (already in the page, shown here) and sort
     * buttons in the column headers, with {@code aria-sort}. Without scripts the table is a plain table.
     */
    static final String SCRIPT = """
            (function () {
              var table = document.getElementById("inventory-table");
              if (!table || !table.tBodies.length) { return; }
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              var filter = document.getElementById("inventory-filter");
              var shown = document.getElementById("inventory-shown");
              document.getElementById("inventory-tools").hidden = false;
              filter.addEventListener("input", function () {
                var query = filter.value.trim().toLowerCase(), count = 0;
                rows.forEach(function (row) {
                  var hit = !query || row.textContent.toLowerCase().indexOf(query) >= 0;
                  row.hidden = !hit;
                  if (hit) { count++; }
                });
                shown.textContent = shown.getAttribute("data-template")
                    .replace("{0}", String(count)).replace("{1}", String(rows.length));
              });
              var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
              heads.forEach(function (th, column) {
                var button = document.createElement("button");
                button.type = "button";
                button.textContent = th.textContent;
                th.textContent = "";
                th.appendChild(button);
                button.addEventListener("click", function () {
                  var direction = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
                  heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
                  th.setAttribute("aria-sort", direction > 0 ? "ascending" : "descending");
                  rows.slice().sort(function (a, b) {
                    return direction * a.cells[column].textContent.trim().localeCompare(
                        b.cells[column].textContent.trim(), document.documentElement.lang,
                        { numeric: true, sensitivity: "base" });
                  }).forEach(function (row) { body.appendChild(row); });
                });
              });
            })();
            """;
}
