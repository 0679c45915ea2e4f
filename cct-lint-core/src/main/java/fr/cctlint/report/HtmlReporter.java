package fr.cctlint.report;

import fr.cctlint.config.Waiver;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import fr.cctlint.policy.Suppression;
import fr.cctlint.policy.Verdict;
import fr.cctlint.referential.Provenance;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report for reviewers: one self-contained HTML file (inline style sheet and script, nothing fetched) that
 * opens offline and prints to PDF. A header names what was scanned, when, by which cct-lint and against which
 * referential edition; a verdict block states conform or not at {@code --fail-on} with the counts (tables, and
 * a chart repeating them); then the findings by rule with their evidence and remedy, the full inventory, the
 * waivers and embedded declarations in force, and the read problems. Every text from the scan or the
 * referential goes through {@link HtmlWriter}, which escapes it.
 */
public final class HtmlReporter implements Reporter {
    public static final String NAME = "html";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** Source details shown on the revision line rather than in the list of other details. */
    private static final Set<String> GIT_DETAILS = Set.of(SourceInfo.COMMIT, SourceInfo.REF, SourceInfo.REPOSITORY,
            SourceInfo.COMMIT_DATE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileName() {
        return "cct-lint.html";
    }

    @Override
    public void write(ScanReport report, Messages messages, OutputStream out) throws IOException {
        ReportTexts texts = new ReportTexts(messages, report.referential());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        HtmlWriter h = new HtmlWriter(writer);
        h.trusted("<!DOCTYPE html>\n");
        h.open("html", "lang", texts.language());
        head(h, report, texts);
        h.open("body");
        h.line("a", texts.get("html.skip"), "class", "skip", "href", "#main");
        header(h, report, texts);
        h.open("main", "id", "main", "tabindex", "-1");
        verdict(h, report, texts);
        new HtmlFindings(report, texts).write(h);
        new HtmlRequirementGrid(report, texts).write(h);
        new HtmlInventory(report, texts).write(h);
        waivers(h, report, texts);
        problems(h, report, texts);
        h.close("main");
        footer(h, report, texts);
        h.open("script");
        h.trusted(HtmlAssets.SCRIPT);
        h.close("script");
        h.close("body");
        h.close("html");
        h.finish();
    }

    private static void head(HtmlWriter h, ScanReport report, ReportTexts texts) throws IOException {
        h.open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.empty("meta", "name", "generator", "content", tool(report));
        String target = report.inputs().isEmpty() ? "" : report.inputs().get(0).source().location();
        h.line("title", texts.get("html.documentTitle", verdictWord(report, texts), target));
        h.open("style");
        h.trusted(HtmlAssets.STYLE);
        h.close("style");
        h.close("head");
    }

    private static String tool(ScanReport report) {
        String version = report.tool().version();
        return version == null || version.isBlank() ? report.tool().name() : report.tool().name() + " " + version;
    }

    private static void header(HtmlWriter h, ScanReport report, ReportTexts texts) throws IOException {
        h.open("header");
        h.line("h1", texts.get("html.title"));
        h.open("dl", "class", "facts");
        h.line("dt", texts.get("html.header.targets", report.inputs().size()));
        h.start("dd");
        if (report.inputs().isEmpty()) {
            h.text(texts.get("html.header.noTarget"));
        } else {
            h.open("ul", "class", "plain");
            for (InputReport input : report.inputs()) {
                target(h, input.source(), texts);
            }
            h.end("ul");
        }
        h.close("dd");
        h.line("dt", texts.get("html.header.date"));
        h.start("dd").inline("time", DATE.format(report.finishedAt()), "datetime", report.finishedAt().toString())
                .close("dd");
        h.line("dt", texts.get("html.header.tool"));
        h.line("dd", tool(report));
        h.line("dt", texts.get("html.header.failOn"));
        h.start("dd").inline("code", "--fail-on " + report.failOn().name().toLowerCase(java.util.Locale.ROOT))
                .text(" (" + texts.severityLabel(report.failOn()) + ")").close("dd");
        h.line("dt", texts.get("html.header.project"));
        h.line("dd", texts.get(report.newProject() ? "html.header.newProject" : "html.header.existingProject"));
        h.line("dt", texts.get("html.header.configFile"));
        if (report.configFile() == null) {
            h.line("dd", texts.get("html.header.noConfigFile"));
        } else {
            h.start("dd").inline("code", report.configFile()).close("dd");
        }
        h.close("dl");
        editions(h, report, texts);
        h.open("nav", "aria-label", texts.get("html.nav.label"));
        h.open("ul");
        List<String> sections = HtmlRequirementGrid.present(report)
                ? List.of("verdict", "findings", HtmlRequirementGrid.SECTION, "inventory", "waivers", "problems")
                : List.of("verdict", "findings", "inventory", "waivers", "problems");
        for (String section : sections) {
            h.start("li").inline("a", texts.get("html.nav." + section), "href", "#" + section).close("li");
        }
        h.close("ul");
        h.close("nav");
        h.close("header");
    }

    /** One scanned input: location and kind, SBOM format and subject, git revision, other source facts. */
    private static void target(HtmlWriter h, SourceInfo source, ReportTexts texts) throws IOException {
        String separator = texts.get("html.header.separator");
        h.start("li");
        h.inline("strong", source.location()).text(" (" + texts.sourceKindLabel(source.kind()) + ")");
        if (source.format() != null) {
            h.text(separator + texts.get("html.header.format", source.format()));
        }
        if (source.subject() != null) {
            h.text(separator + texts.get("html.header.subject", source.subject()));
        }
        String commit = source.details().get(SourceInfo.COMMIT);
        if (commit != null) {
            String date = source.details().get(SourceInfo.COMMIT_DATE);
            h.text(separator + texts.get(date == null ? "html.header.revision" : "html.header.revisionDated",
                    source.details().getOrDefault(SourceInfo.REF, commit), commit,
                    source.details().getOrDefault(SourceInfo.REPOSITORY, source.location()), date));
        }
        for (Map.Entry<String, String> detail : new TreeMap<>(source.details()).entrySet()) {
            if (!GIT_DETAILS.contains(detail.getKey())) {
                h.text(separator).inline("code", detail.getKey()).text(" " + detail.getValue());
            }
        }
        h.close("li");
    }

    private static void editions(HtmlWriter h, ScanReport report, ReportTexts texts) throws IOException {
        List<Provenance> editions = report.referential().editions();
        h.open("table", "id", "editions");
        h.line("caption", texts.get("html.editions.caption", editions.size()));
        h.head(key -> texts.get("html.editions.col." + key), "title", "id", "source", "revision", "date", "licence");
        h.open("tbody");
        if (editions.isEmpty()) {
            h.open("tr");
            h.line("td", texts.get("report.edition.unknown"), "colspan", "6");
            h.close("tr");
        }
        for (Provenance p : editions) {
            h.open("tr");
            h.line("th", HtmlWriter.orDash(p.title()), "scope", "row");
            h.line("td", HtmlWriter.orDash(p.id()));
            h.line("td", HtmlWriter.orDash(p.source()));
            h.start("td").inline("code", HtmlWriter.orDash(p.revision())).close("td");
            h.line("td", HtmlWriter.orDash(p.date()));
            h.line("td", HtmlWriter.orDash(p.licence()));
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
    }

    private static String verdictWord(ScanReport report, ReportTexts texts) {
        if (report.failOn() == Severity.NONE) {
            return texts.get("html.verdict.notEnforced");
        }
        return texts.get(report.failed() ? "html.verdict.notConform" : "html.verdict.conform");
    }

    private static void verdict(HtmlWriter h, ScanReport report, ReportTexts texts) throws IOException {
        ReportCounts counts = ReportCounts.of(report);
        h.open("section", "id", "verdict", "aria-labelledby", "verdict-title");
        h.line("h2", texts.get("html.verdict.title"), "id", "verdict-title");
        String failOn = texts.severityLabel(report.failOn());
        String css;
        String sentence;
        if (report.failOn() == Severity.NONE) {
            css = "verdict";
            sentence = texts.get("html.verdict.notEnforcedSentence");
        } else if (report.failed()) {
            css = "verdict fail";
            sentence = texts.get("html.verdict.failSentence", counts.failing(), failOn);
        } else {
            css = "verdict pass";
            sentence = texts.get("html.verdict.passSentence", failOn);
        }
        h.start("p", "class", css, "id", "verdict-statement", "data-conform", String.valueOf(!report.failed()),
                "data-fail-on", report.failOn().name());
        h.inline("strong", verdictWord(report, texts), "id", "verdict-word").text(" \u2014 " + sentence);
        h.close("p");

        h.open("div", "class", "counts");
        h.open("table", "id", "counts-summary");
        h.line("caption", texts.get("html.counts.summary"));
        h.head(texts::get, "html.counts.col.what", "html.counts.col.count");
        h.open("tbody");
        count(h, "components", texts.get("html.counts.components"), counts.components());
        count(h, "excluded", texts.get("html.counts.excluded"), counts.excluded());
        count(h, "findings", texts.get("html.counts.findings"), counts.findings());
        for (Severity s : ReportCounts.FINDING_SEVERITIES) {
            count(h, "severity-" + s.name(), texts.get("html.counts.severity", texts.severityLabel(s)), counts.severity(s));
        }
        count(h, "failing", texts.get("html.counts.failing", failOn), counts.failing());
        count(h, "problems", texts.get("html.counts.problems"), counts.problems());
        count(h, "suppressed", texts.get("html.counts.suppressed"),
                report.inputs().stream().mapToInt(i -> i.suppressed().size()).sum());
        h.close("tbody");
        h.close("table");

        h.open("table", "id", "counts-verdict");
        h.line("caption", texts.get("html.counts.byVerdict"));
        h.head(texts::get, "html.counts.col.verdict", "html.counts.col.components");
        h.open("tbody");
        for (Verdict v : Verdict.values()) {
            count(h, "verdict-" + v.name(), texts.verdictLabel(v), counts.verdict(v));
        }
        h.close("tbody");
        h.close("table");

        List<HtmlChart.Bar> bars = HtmlChart.bars(report, texts);
        h.open("table", "id", "counts-status");
        h.line("caption", texts.get("html.counts.byStatus"));
        h.head(texts::get, "html.counts.col.status", "html.counts.col.components");
        h.open("tbody");
        for (HtmlChart.Bar bar : bars) {
            count(h, bar.key(), bar.label(), bar.count());
        }
        h.close("tbody");
        h.close("table");
        h.open("figure");
        HtmlChart.write(h, bars, texts.get("html.counts.byStatus"), texts);
        h.line("figcaption", texts.get("html.chart.caption"));
        h.close("figure");
        h.open("table", "id", "counts-rule", "class", "wide");
        h.line("caption", texts.get("html.counts.byRule"));
        h.head(texts::get, "html.counts.col.rule", "html.counts.col.name", "html.counts.col.findings",
                "html.counts.col.waived");
        h.open("tbody");
        List<Finding> findings = report.allFindings();
        List<Finding> waived = report.inputs().stream().flatMap(i -> i.suppressed().stream()).map(Suppression::finding)
                .toList();
        boolean cloudNative = HtmlRequirementGrid.present(report);
        for (Rule rule : Rule.values()) {
            if (rule.cloudNative() && !cloudNative) {
                continue; // not run: a zero would read as "checked and passed"
            }
            h.open("tr", "data-rule", rule.id());
            h.line("th", rule.id(), "scope", "row");
            h.line("td", texts.ruleName(rule));
            h.line("td", String.valueOf(findings.stream().filter(f -> f.rule() == rule).count()), "class", "num");
            h.line("td", String.valueOf(waived.stream().filter(f -> f.rule() == rule).count()), "class", "num");
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");

        h.close("div");

        if (report.inputs().size() > 1) {
            inputs(h, report, texts);
        }
        h.close("section");
    }

    /** Counts per input, when there are several. */
    private static void inputs(HtmlWriter h, ScanReport report, ReportTexts texts) throws IOException {
        h.open("table", "id", "counts-input");
        h.line("caption", texts.get("html.counts.byInput"));
        h.open("thead");
        h.open("tr");
        h.line("th", texts.get("html.counts.col.input"), "scope", "col");
        h.line("th", texts.get("html.counts.col.components"), "scope", "col");
        for (Severity s : ReportCounts.FINDING_SEVERITIES) {
            h.line("th", texts.get("html.counts.severity", texts.severityLabel(s)), "scope", "col");
        }
        h.line("th", texts.get("html.counts.col.problems"), "scope", "col");
        h.line("th", texts.get("html.counts.col.result"), "scope", "col");
        h.close("tr");
        h.close("thead");
        h.open("tbody");
        for (InputReport input : report.inputs()) {
            ReportCounts counts = ReportCounts.of(input, report);
            h.open("tr");
            h.line("th", input.source().location(), "scope", "row");
            h.line("td", String.valueOf(counts.components()), "class", "num");
            for (Severity s : ReportCounts.FINDING_SEVERITIES) {
                h.line("td", String.valueOf(counts.severity(s)), "class", "num");
            }
            h.line("td", String.valueOf(counts.problems()), "class", "num");
            h.line("td", report.failOn() == Severity.NONE ? texts.get("html.verdict.notEnforced")
                    : texts.get(counts.failing() == 0 ? "html.verdict.conform" : "html.verdict.notConform"));
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
    }

    private static void count(HtmlWriter h, String key, String label, long value) throws IOException {
        h.open("tr", "data-count", key);
        h.line("th", label, "scope", "row");
        h.line("td", String.valueOf(value), "class", "num");
        h.close("tr");
    }

    /** The waivers of the project file that suppressed findings, and the components declared embedded. */
    private static void waivers(HtmlWriter h, ScanReport report, ReportTexts texts) throws IOException {
        h.open("section", "id", "waivers", "aria-labelledby", "waivers-title");
        h.line("h2", texts.get("html.waivers.title"), "id", "waivers-title");
        h.line("p", texts.get("html.waivers.intro"));
        h.line("h3", texts.get("html.waivers.waived"));
        List<Suppression> suppressed = report.inputs().stream().flatMap(i -> i.suppressed().stream()).toList();
        if (suppressed.isEmpty()) {
            h.line("p", texts.get("html.waivers.noneWaived"));
        } else {
            h.open("table", "id", "waived");
            h.line("caption", texts.get("html.waivers.waivedCaption", suppressed.size()));
            h.head(key -> texts.get("html.waivers.col." + key), "rule", "component", "location", "reason",
                    "approvedBy", "approved", "expires", "declaredAt");
            h.open("tbody");
            for (Suppression s : suppressed) {
                Finding f = s.finding();
                Waiver w = s.waiver();
                h.open("tr", "data-rule", f.rule().id());
                h.line("th", f.rule().id() + " " + texts.ruleName(f.rule()), "scope", "row");
                h.line("td", f.component() != null ? f.component().displayName() : w.covers());
                h.start("td").inline("code", f.location().location()).close("td");
                h.line("td", HtmlWriter.orDash(w.reason()));
                h.line("td", HtmlWriter.orDash(w.approvedBy()));
                h.line("td", w.approved() == null ? HtmlWriter.DASH : w.approved().toString());
                h.line("td", w.expires() == null ? texts.get("html.waivers.noExpiry") : w.expires().toString());
                h.codeCell(w.origin() == null ? null : w.origin().location());
                h.close("tr");
            }
            h.close("tbody");
            h.close("table");
        }
        h.line("h3", texts.get("html.waivers.declared"));
        List<Assessment> declared = report.inputs().stream().flatMap(i -> i.assessments().stream())
                .filter(a -> a.verdict() == Verdict.DECLARED_EMBEDDED).toList();
        if (declared.isEmpty()) {
            h.line("p", texts.get("html.waivers.noneDeclared"));
        } else {
            h.open("table", "id", "declared");
            h.line("caption", texts.get("html.waivers.declaredCaption", declared.size()));
            h.head(key -> texts.get("html.declared.col." + key), "component", "reason", "declaredIn");
            h.open("tbody");
            for (Assessment a : declared) {
                h.open("tr");
                h.line("th", a.component().displayName(), "scope", "row");
                h.line("td", texts.render(a.classification().reason()));
                Evidence declaredAt = a.component().primaryEvidence();
                h.codeCell(declaredAt == null ? null : declaredAt.location());
                h.close("tr");
            }
            h.close("tbody");
            h.close("table");
        }
        h.close("section");
    }

    /** Files that could not be read or parsed, and parts skipped; the scan went on without them. */
    private static void problems(HtmlWriter h, ScanReport report, ReportTexts texts) throws IOException {
        h.open("section", "id", "problems", "aria-labelledby", "problems-title");
        h.line("h2", texts.get("html.problems.title"), "id", "problems-title");
        List<InputReport> withProblems = report.inputs().stream().filter(i -> !i.problems().isEmpty()).toList();
        if (withProblems.isEmpty()) {
            h.line("p", texts.get("html.problems.none"));
            h.close("section");
            return;
        }
        h.open("table", "id", "problems-table");
        h.line("caption", texts.get("html.problems.caption",
                withProblems.stream().mapToInt(i -> i.problems().size()).sum()));
        h.head(key -> texts.get("html.problems.col." + key), "location", "problem", "effect", "input");
        h.open("tbody");
        for (InputReport input : withProblems) {
            for (Problem p : input.problems()) {
                h.open("tr");
                h.start("th", "scope", "row").inline("code", p.evidence().location()).close("th");
                h.line("td", texts.render(p.message()));
                h.line("td", texts.get(p.fatal() ? "html.problems.fatal" : "html.problems.partial"));
                h.line("td", input.source().location());
                h.close("tr");
            }
        }
        h.close("tbody");
        h.close("table");
        h.close("section");
    }

    private static void footer(HtmlWriter h, ScanReport report, ReportTexts texts) throws IOException {
        h.open("footer");
        String uri = report.tool().informationUri();
        h.line("p", uri == null || uri.isBlank() ? texts.get("html.footer.tool", tool(report))
                : texts.get("html.footer.toolAt", tool(report), uri));
        for (Provenance p : report.referential().editions()) {
            if (p.attribution() != null && !p.attribution().isBlank()) {
                h.line("p", texts.get("html.footer.attribution", p.attribution(), HtmlWriter.orDash(p.licence())));
            }
        }
        h.close("footer");
    }

}
