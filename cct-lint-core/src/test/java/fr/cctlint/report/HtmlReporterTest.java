package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import fr.cctlint.policy.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import fr.cctlint.testing.HtmlReadBack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlReporterTest extends AbstractReporterTest {

    @Override
    Reporter reporter() {
        return new HtmlReporter();
    }

    @Override
    String extension() {
        return "html";
    }

    Document parse(ScanReport report, Messages messages) throws IOException {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(render(report, messages), "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML parse errors");
        return doc;
    }

    @Test
    void namesTheFormatAndFile() {
        assertEquals("html", reporter().name());
        assertEquals("cct-lint.html", reporter().fileName());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("cases")
    void parsesWithoutErrorsAndHasTheStructureOfAnAccessibleDocument(String fixture, String language) throws IOException {
        Document doc = parse(ReportFixtures.all().get(fixture), messages(language));
        assertEquals(language, doc.selectFirst("html").attr("lang"));
        assertEquals(1, doc.select("h1").size(), "exactly one h1");
        assertEquals(1, doc.select("header").size());
        assertEquals(1, doc.select("main").size());
        assertEquals(1, doc.select("nav").size());
        // headings never skip a level
        int previous = 1;
        for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertTrue(level <= previous + 1, "heading level jumps to " + heading + " after h" + previous);
            previous = level;
        }
        // the skip link and every navigation link point at an element of the page
        Element skip = doc.selectFirst("body > a.skip");
        assertNotNull(skip, "skip link first in the body");
        for (Element link : doc.select("a[href]")) {
            String href = link.attr("href");
            assertTrue(href.startsWith("#") && doc.getElementById(href.substring(1)) != null, "dangling link " + link);
        }
        for (Element table : doc.select("table")) {
            assertNotNull(table.selectFirst("caption"), "table without caption: " + table.id());
            for (Element th : table.select("th")) {
                assertTrue(th.attr("scope").equals("col") || th.attr("scope").equals("row"), "th without scope: " + th);
            }
        }
        // the filter box has a label
        for (Element input : doc.select("input")) {
            assertNotNull(doc.selectFirst("label[for=" + input.id() + "]"), "input without label " + input);
        }
        // ids are unique
        List<String> ids = doc.select("[id]").eachAttr("id");
        assertEquals(ids.stream().distinct().toList(), ids, "duplicate ids");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("cases")
    void refersToNothingOutsideTheFile(String fixture, String language) throws IOException {
        String html = render(ReportFixtures.all().get(fixture), messages(language));
        Document doc = parse(ReportFixtures.all().get(fixture), messages(language));
        assertTrue(doc.select("link, img, iframe, object, embed, script[src], source, video, audio").isEmpty(),
                "an external resource element");
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> {
                String value = a.getValue().strip().toLowerCase(java.util.Locale.ROOT);
                assertFalse(value.startsWith("http:") || value.startsWith("https:") || value.startsWith("//")
                        || value.startsWith("data:") || value.startsWith("file:") || value.startsWith("javascript:"),
                        "attribute " + a + " of " + e.tagName());
            });
        }
        assertFalse(html.contains("url("), "the style sheet fetches something");
        assertFalse(html.contains("@import"), "the style sheet imports something");
        assertFalse(Pattern.compile("\\bfetch\\(|XMLHttpRequest|\\.src\\s*=").matcher(html).find(), "the script loads something");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("cases")
    void verdictAndCountsReadBackFromThePageEqualTheReportCounts(String fixture, String language) throws IOException {
        ScanReport report = ReportFixtures.all().get(fixture);
        Document doc = parse(report, messages(language));
        HtmlReadBack read = HtmlReadBack.of(doc);
        ReportCounts counts = ReportCounts.of(report);
        assertEquals(!report.failed(), read.conform());
        assertEquals(report.failOn().name(), read.failOn());
        assertEquals(counts.components(), read.count("components"));
        assertEquals(counts.excluded(), read.count("excluded"));
        assertEquals(counts.findings(), read.count("findings"));
        assertEquals(counts.failing(), read.count("failing"));
        assertEquals(counts.problems(), read.count("problems"));
        for (Severity s : ReportCounts.FINDING_SEVERITIES) {
            assertEquals(counts.severity(s), read.count("severity-" + s.name()), s.name());
        }
        for (Verdict v : Verdict.values()) {
            assertEquals(counts.verdict(v), read.count("verdict-" + v.name()), v.name());
        }
        boolean cloudNative = report.inputs().stream().anyMatch(i -> i.cloudNative() != null);
        for (Rule rule : Rule.values()) {
            long expected = report.allFindings().stream().filter(f -> f.rule() == rule).count();
            if (rule.cloudNative() && !cloudNative) {
                assertTrue(doc.select("#counts-rule tr[data-rule=" + rule.id() + "]").isEmpty(),
                        rule.id() + " did not run: no count row that would read as passed");
                continue;
            }
            assertEquals(expected, read.ruleCount(rule.id()), rule.id());
            // and the findings section lists exactly those findings under the rule
            assertEquals(expected, doc.select("#rule-" + rule.id() + " li.finding").size(), rule.id());
        }
        // the status bars add up to the components, and every bar has the number of its table row
        int bars = 0;
        for (Element g : doc.select("svg g[data-key]")) {
            int value = Integer.parseInt(g.select("text").get(1).text());
            assertEquals(read.count(g.attr("data-key")), value, g.attr("data-key"));
            bars += value;
        }
        assertEquals(counts.components(), bars);
        // the inventory lists every component once
        assertEquals(counts.components(), doc.select("#inventory-table tbody tr").size());
    }

    @Test
    void theVerdictIsWrittenOutInWords() throws IOException {
        assertEquals("Not conform", parse(ReportFixtures.many(), Messages.english()).getElementById("verdict-word").text());
        assertEquals("Conform", parse(ReportFixtures.empty(), Messages.english()).getElementById("verdict-word").text());
        assertEquals("Non conforme", parse(ReportFixtures.one(), Messages.french()).getElementById("verdict-word").text());
        Element many = parse(ReportFixtures.many(), Messages.english()).getElementById("verdict-statement");
        assertEquals("Not conform \u2014 6 findings at or above the threshold (error).", many.text());
        ScanReport lenient = ReportFixtures.scan(ReportFixtures.many().inputs(), Severity.NONE, false);
        Element off = parse(lenient, Messages.english()).getElementById("verdict-statement");
        assertTrue(off.text().startsWith("Not enforced"), off.text());
        assertEquals("true", off.attr("data-conform"));
    }

    @Test
    void headerNamesTheTargetsTheDateTheToolAndTheEdition() throws IOException {
        Document doc = parse(ReportFixtures.many(), Messages.english());
        String header = doc.selectFirst("header").text();
        assertTrue(header.contains("examples/shop (folder); application shop 2.0.0"), header);
        assertTrue(header.contains("sboms/legacy bom.xml (SBOM); format CycloneDX 1.4 XML"), header);
        assertTrue(header.contains("2026-03-02 09:15:30 UTC"), header);
        assertEquals("2026-03-02T09:15:30.123Z", doc.selectFirst("header time").attr("datetime"));
        assertTrue(header.contains("cct-lint 0.1.0"), header);
        Element edition = doc.selectFirst("#editions tbody tr");
        assertEquals("CCT product referential cct-mi https://github.com/dnum-mi/cct-mi "
                + "5bb42d1f7fa1880dc31b9a505f84b9dc052b6d19 2025-01-18 Licence Ouverte 2.0", edition.text());
        String one = parse(ReportFixtures.one(), Messages.english()).selectFirst("header").text();
        assertTrue(one.contains("bom.json (SBOM); format CycloneDX 1.6 JSON; application shop 1.4.0; serialNumber "
                + "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79"), one);
    }

    @Test
    void aGitTargetShowsItsRevisionCommitAndRepository() throws IOException {
        ScanReport git = HtmlFixtures.gitWithWaiversAndDeclarations();
        String header = parse(git, Messages.english()).selectFirst("header").text();
        assertTrue(header.contains("https://git.example.org/bidder/app.git (git revision); revision v1.0 (commit "
                + "9f2c4e1b7a3d5f60812e4c9b0a7d3e5f1c2b4a69) of https://git.example.org/bidder/app.git"), header);
    }

    @Test
    void aFindingCarriesItsComponentReferentialEntryEvidenceAndRemedy() throws IOException {
        Document doc = parse(ReportFixtures.many(), Messages.english());
        Element redis = doc.select("#rule-CCT004 li.finding").first();
        String text = redis.text();
        assertTrue(text.startsWith("note redis@7.2"), text);
        assertTrue(text.contains("note: below the threshold (error), reported for information"), text);
        assertTrue(text.contains("AT-1577 Redis (Redis Ltd)"), text);
        assertTrue(text.contains("Status A: allowed"), text);
        assertTrue(text.contains("Listed versions: 7"), text);
        assertTrue(text.contains("Conditions of use: Uniquement comme cache, sans persistance des données"), text);
        assertEquals("docker-compose.yml:12", redis.select("dd code").get(1).text());
        assertEquals("image: redis:7.2", redis.selectFirst("pre code").text());
        assertTrue(text.contains(Messages.english().get("rules.CCT004.help")), text);
        assertEquals("CCT004 " + Messages.english().get("rules.CCT004.name") + ": 1 finding",
                doc.selectFirst("#rule-CCT004-title").text());

        Element rabbit = doc.select("#rule-CCT001 li.finding").first();
        assertTrue(rabbit.text().contains("error: fails the scan at the threshold (error)"), rabbit.text());
        assertTrue(rabbit.text().contains("Not listed in the referential."), rabbit.text());

        Element old = doc.select("#rule-CCT005 li.finding").first();
        assertTrue(old.text().contains("AT-1541 PostgreSQL"), old.text());
        assertTrue(old.text().contains("Listed row AT-1541 PostgreSQL, version >=13: status R (recommended)"), old.text());
        assertFalse(old.text().contains("Status R"), "the status of a row that does not cover the version used");
    }

    @Test
    void theInventoryIsAPlainTableWithEveryColumn() throws IOException {
        Document doc = parse(ReportFixtures.many(), Messages.english());
        Element table = doc.getElementById("inventory-table");
        assertEquals(List.of("Component", "Version", "Ecosystem", "Deployment and reason", "Referential entry",
                "Verdict", "Declared in", "Input"), table.select("thead th").eachText());
        Element tomcat = table.select("tbody tr").stream().filter(r -> r.text().contains("tomcat-embed-core"))
                .findFirst().orElseThrow();
        assertEquals(List.of("org.apache.tomcat.embed/tomcat-embed-core", "9.0.85", "maven",
                "embedded library linked into the application (Maven compile scope)",
                "AT-1210 Tomcat, status M (maintained)", "listed with a status to note", "app/pom.xml:40",
                "examples/shop"), tomcat.select("th, td").eachText());
        Element mariadb = table.select("tbody tr").stream().filter(r -> r.text().contains("MariaDB"))
                .findFirst().orElseThrow();
        assertEquals("\u2014", mariadb.select("td").get(1).text(), "no purl, no ecosystem");
        // the filter box is there for the script, hidden until the script runs
        assertTrue(doc.getElementById("inventory-tools").hasAttr("hidden"));
        assertEquals("inventory-filter", doc.selectFirst("label").attr("for"));
        // the script sorts with buttons inside the headers and sets aria-sort
        String script = doc.selectFirst("script").data();
        assertTrue(script.contains("createElement(\"button\")") && script.contains("aria-sort"), script);
    }

    @Test
    void aSingleInputHasNoInputColumn() throws IOException {
        Document doc = parse(ReportFixtures.one(), Messages.english());
        assertFalse(doc.select("#inventory-table thead th").eachText().contains("Input"));
        assertTrue(doc.select("#counts-input").isEmpty());
    }

    @Test
    void theChartHasATitleAndTextLabels() throws IOException {
        Document doc = parse(ReportFixtures.many(), Messages.english());
        Element svg = doc.selectFirst("figure svg");
        assertEquals("img", svg.attr("role"));
        Element title = svg.selectFirst("title");
        assertEquals(title.id(), svg.attr("aria-labelledby"));
        assertTrue(title.text().startsWith("Components by referential status: R: recommended 1, A: allowed 1, "
                + "M: maintained 1, O: under observation 1, unlisted embedded 1, declared embedded 0, "
                + "unlisted operated 4, version not listed 1, out of scope 1"), title.text());
        List<String> labels = new ArrayList<>();
        svg.select("g").forEach(g -> labels.add(g.select("text").first().text()));
        assertEquals(doc.select("#counts-status tbody th").eachText(), labels);
    }

    @Test
    void waiversAndDeclarationsAreListedWithTheirJustification() throws IOException {
        Document doc = parse(HtmlFixtures.gitWithWaiversAndDeclarations(), Messages.english());
        Element waived = doc.getElementById("waived");
        assertEquals(List.of("CCT002 Maintained product (status M)", "org.apache.tomcat.embed/tomcat-embed-core@9.0.85",
                "pom.xml:40", "Migration to Tomcat 10 planned for Q3", "Architecture committee (J. Martin)",
                "2026-01-15", "2026-09-30", ".cct-lint.yaml:14"), waived.select("tbody tr").get(0).select("th, td").eachText());
        assertEquals("no end date", waived.select("tbody tr").get(1).select("td").get(5).text());
        Element declared = doc.getElementById("declared");
        assertEquals(List.of("sqlite-server@3.45", "declared embedded software in .cct-lint.yaml (all five guarantees "
                + "given; owner: Team Data)", "docker-compose.yml:9"), declared.select("tbody tr").get(0).select("th, td").eachText());
        assertEquals("2", doc.selectFirst("tr[data-count=suppressed] td").text());
        assertEquals("2", doc.selectFirst("#counts-rule tr[data-rule=CCT002] td:nth-of-type(3)").text());
        Document none = parse(ReportFixtures.one(), Messages.english());
        assertEquals("No finding was waived.", none.select("#waivers p").get(1).text());
        assertEquals("No component is declared embedded.", none.select("#waivers p").get(2).text());
    }

    @Test
    void hostileNamesAreEscapedEverywhere() throws IOException {
        ScanReport hostile = HtmlFixtures.hostile();
        for (Messages messages : List.of(Messages.english(), Messages.french())) {
            String html = render(hostile, messages);
            Document doc = parse(hostile, messages);
            // only the report's own script element, and no handler attribute
            assertEquals(1, doc.select("script").size(), "an injected script element");
            assertTrue(doc.select("[onerror], [onload], [onclick]").isEmpty(), "an injected handler");
            assertTrue(doc.select("img, iframe").isEmpty(), "an injected element");
            assertFalse(html.contains("<script>alert(1)</script>"), "raw markup from the scan");
            assertFalse(html.contains("\u0007"), "a control character");
            // and the texts read back exactly as they were given (control characters shown as U+FFFD)
            String name = HtmlFixtures.HOSTILE_NAME;
            assertTrue(doc.select("#inventory-table tbody th").eachText().contains(name), doc.select("#inventory-table").text());
            assertTrue(doc.select("li.finding h4").text().contains(name), doc.select("li.finding h4").text());
            assertTrue(doc.select("pre code").eachText().contains(HtmlFixtures.HOSTILE_TEXT.replace("\u0007", "\uFFFD")));
            assertTrue(doc.selectFirst("header").text().contains(HtmlFixtures.HOSTILE_LOCATION), doc.selectFirst("header").text());
            assertTrue(doc.getElementById("editions").text().contains(HtmlFixtures.HOSTILE_EDITION),
                    doc.getElementById("editions").text());
            assertTrue(doc.getElementById("waived").text().contains(HtmlFixtures.HOSTILE_REASON));
            assertTrue(doc.selectFirst("title").text().contains(HtmlFixtures.HOSTILE_LOCATION));
        }
    }

    @Test
    void printsEverySectionOnItsOwnPageWithNothingHiddenOrSticky() throws IOException {
        String html = render(ReportFixtures.many(), Messages.english());
        String style = Jsoup.parse(html).selectFirst("style").data();
        String print = style.substring(style.indexOf("@media print"));
        assertTrue(print.contains("main > section { break-before: page; }"), print);
        assertTrue(print.contains("tr[hidden] { display: table-row !important; }"), print);
        assertFalse(style.contains("sticky") || style.contains("position: fixed"), style);
        assertTrue(style.contains(":focus-visible"), "a visible focus style");
        // no content is folded away (details elements print closed)
        assertTrue(Jsoup.parse(html).select("details").isEmpty());
    }

    /** English labels of this report that must not survive into a French one. */
    static final List<String> ENGLISH_LABELS = List.of("Skip to", "conformity report", "Scanned", "Fails on",
            "Judged as", "an existing project", "Identifier", "Sections of the report", "Findings", "Not conform",
            "Not enforced", "at or above", "Summary", "Components assessed", "excluded by the source",
            "Read problems", "Waived", "by rule", "by verdict", "by referential status", "Counts by input", "Result",
            "Level", "fails the scan", "below the threshold", "Input", "Referential entry", "Evidence", "Remedy",
            "Not listed", "Listed versions", "Conditions of use", "Recognised by", "Component inventory",
            "Filter the components", "components shown", "Every assessed", "Ecosystem", "Deployment and reason",
            "Declared in", "not listed", "listed in versions", "Waivers", "Approved", "Expires", "no end date",
            "declared embedded", "Every file was read", "Written by", "licence:", "Status ", "embedded", "operated",
            "allowed", "maintained", "under observation", "out of scope", "error", "warning");

    @Test
    void frenchHtmlHasNoEnglishLabelLeft() throws IOException {
        List<ScanReport> reports = new ArrayList<>(ReportFixtures.all().values());
        reports.add(HtmlFixtures.gitWithWaiversAndDeclarations());
        reports.add(ReportFixtures.scan(ReportFixtures.many().inputs(), Severity.NONE, true));
        for (ScanReport report : reports) {
            Document doc = parse(report, Messages.french());
            doc.select("script, style, code, pre").remove();
            String text = doc.text() + " " + doc.select("[aria-label], [data-template]").eachAttr("aria-label")
                    + doc.select("[data-template]").eachAttr("data-template");
            for (String english : ENGLISH_LABELS) {
                assertFalse(text.contains(english), "French report contains \"" + english + "\": " + text);
            }
        }
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("cases")
    void everyHtmlTextComesFromTheBundle(String fixture, String language) throws IOException {
        String html = render(ReportFixtures.all().get(fixture), messages(language));
        assertFalse(Pattern.compile("\\bhtml\\.[a-z]").matcher(html).find(), "a missing html.* key");
    }

    @Test
    void theWriterRefusesMarkupInNamesAndUnbalancedElements() {
        HtmlWriter h = new HtmlWriter(new java.io.StringWriter());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> h.start("p onclick=alert(1)"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> h.start("p", "x\" onclick=\"y", "v"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> {
            h.start("div");
            h.end("p");
        });
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&apos;&amp;\uFFFD",
                HtmlWriter.escape("<script>alert(1)</script>\"'&\u0007"));
    }
}
