package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cctlint.i18n.Messages;
import fr.cctlint.policy.Severity;
import fr.cctlint.policy.Verdict;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML report in a real browser: headless Chromium (Debian's {@code chromium} package) renders the "many"
 * fixture's report, the verdict and counts are read back from the DOM it rendered and compared with the JSON
 * report's, the inventory script must have run (sort buttons, filter box shown), and a screenshot is kept under
 * {@code target/html-report/} as a build artifact. Skipped when {@code /usr/bin/chromium} is absent.
 */
class HtmlBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;
    private static final Path ARTIFACTS = Path.of(System.getProperty("basedir", "."), "target", "html-report");

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "headless Chromium is not installed at " + CHROMIUM + " (apt-get install chromium; .ci/run installs it)");
    }

    @ParameterizedTest(name = "many ({0})")
    @ValueSource(strings = {"en", "fr"})
    void theRenderedPageShowsTheVerdictAndCountsOfTheJsonReport(String language) throws Exception {
        ScanReport report = ReportFixtures.many();
        Messages messages = "fr".equals(language) ? Messages.french() : Messages.english();
        Files.createDirectories(ARTIFACTS);
        Path html = ARTIFACTS.resolve("many." + language + ".html");
        Files.write(html, write(new HtmlReporter(), report, messages));
        JsonNode json = new ObjectMapper().readTree(write(new JsonReporter(), report, messages));

        String dom = chromium(List.of("--dump-dom", html.toUri().toString()), "dump-dom");
        Document rendered = Jsoup.parse(dom);
        assertEquals(language, rendered.selectFirst("html").attr("lang"));
        HtmlReadBack read = HtmlReadBack.of(rendered);
        JsonNode counts = json.get("counts");
        assertEquals(json.get("conform").asBoolean(), read.conform());
        assertEquals(json.get("failOn").asText(), read.failOn());
        for (String key : List.of("components", "excluded", "findings", "failing", "problems")) {
            assertEquals(counts.get(key).asInt(), read.count(key), key);
        }
        for (Severity s : ReportCounts.FINDING_SEVERITIES) {
            assertEquals(counts.get("bySeverity").get(s.name()).asInt(), read.count("severity-" + s.name()), s.name());
        }
        for (Verdict v : Verdict.values()) {
            assertEquals(counts.get("byVerdict").get(v.name()).asInt(), read.count("verdict-" + v.name()), v.name());
        }
        // per input: the table row of each input against the JSON input's counts
        List<Element> rows = rendered.select("#counts-input tbody tr");
        assertEquals(json.get("inputs").size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode input = json.get("inputs").get(i);
            List<String> cells = rows.get(i).select("td").eachText();
            assertEquals(input.get("source").get("location").asText(), rows.get(i).selectFirst("th").text());
            assertEquals(input.get("counts").get("components").asText(), cells.get(0));
            assertEquals(input.get("counts").get("bySeverity").get("ERROR").asText(), cells.get(1));
            assertEquals(input.get("counts").get("bySeverity").get("WARNING").asText(), cells.get(2));
            assertEquals(input.get("counts").get("bySeverity").get("NOTE").asText(), cells.get(3));
            assertEquals(input.get("counts").get("problems").asText(), cells.get(4));
        }
        // the findings listed on the page are the JSON report's findings, rule by rule
        List<String> jsonRules = new ArrayList<>();
        json.get("inputs").forEach(in -> in.get("findings").forEach(f -> jsonRules.add(f.get("rule").asText())));
        assertEquals(jsonRules.stream().sorted().toList(),
                rendered.select("li.finding").eachAttr("data-rule").stream().sorted().toList());

        // the inventory script ran: filter box shown, one sort button per column header
        Element tools = rendered.getElementById("inventory-tools");
        assertNotNull(tools);
        assertFalse(tools.hasAttr("hidden"), "the inventory script did not run");
        Element table = rendered.getElementById("inventory-table");
        assertEquals(table.select("thead th").size(), table.select("thead th > button[type=button]").size());
        assertEquals(counts.get("components").asInt(), table.select("tbody tr").size());
    }

    @ParameterizedTest(name = "many ({0})")
    @ValueSource(strings = {"en", "fr"})
    void aScreenshotIsKeptAsABuildArtifact(String language) throws Exception {
        Messages messages = "fr".equals(language) ? Messages.french() : Messages.english();
        Files.createDirectories(ARTIFACTS);
        Path html = ARTIFACTS.resolve("many." + language + ".html");
        Files.write(html, write(new HtmlReporter(), ReportFixtures.many(), messages));
        Path shot = tmp.resolve("report.png");
        chromium(List.of("--hide-scrollbars", "--screenshot=" + shot, "--window-size=1280,2000",
                html.toUri().toString()), "screenshot");
        assertTrue(Files.size(shot) > 0, "no screenshot written");
        BufferedImage image = ImageIO.read(shot.toFile());
        assertNotNull(image, "the screenshot is not a PNG");
        assertEquals(1280, image.getWidth());
        assertEquals(2000, image.getHeight());
        assertTrue(distinctColours(image) > 8, "the screenshot is blank");
        Files.copy(shot, ARTIFACTS.resolve("report-many." + language + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @org.junit.jupiter.api.Test
    void printsToAPdfOfSeveralPages() throws Exception {
        Files.createDirectories(ARTIFACTS);
        Path html = ARTIFACTS.resolve("many.en.html");
        Files.write(html, write(new HtmlReporter(), ReportFixtures.many(), Messages.english()));
        Path pdf = tmp.resolve("report.pdf");
        chromium(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString()), "pdf");
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("%PDF-"), "not a PDF");
        // one page per section at least: header and verdict, findings, inventory, waivers, problems
        long pages = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(raw).results().count();
        assertTrue(pages >= 5, "pages: " + pages);
        Files.copy(pdf, ARTIFACTS.resolve("report-many.en.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] write(Reporter reporter, ScanReport report, Messages messages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reporter.write(report, messages, out);
        return out.toByteArray();
    }

    /**
     * Runs headless Chromium with its own throw-away profile, no network side traffic, bounded by a timeout;
     * the process and its children are destroyed afterwards whatever happened. Returns standard output.
     */
    private String chromium(List<String> arguments, String label) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(tmp.resolve("profile-" + label));
        Path stdout = tmp.resolve(label + ".out");
        Path stderr = tmp.resolve(label + ".err");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().putAll(Map.of("HOME", tmp.toString(), "LANG", "C.UTF-8"));
        Process process = builder.start();
        List<ProcessHandle> children = new ArrayList<>();
        try {
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            process.descendants().forEach(children::add);
            assertTrue(finished, "chromium " + label + " did not finish within " + TIMEOUT_SECONDS + " s");
            assertEquals(0, process.exitValue(), "chromium " + label + " failed: " + tail(stderr));
        } finally {
            process.descendants().forEach(children::add);
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static String tail(Path file) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
