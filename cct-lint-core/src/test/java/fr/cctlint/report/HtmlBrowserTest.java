package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cctlint.i18n.Messages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import fr.cctlint.testing.HeadlessChromium;
import fr.cctlint.testing.HtmlReadBack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
    private static final Path ARTIFACTS = Path.of(System.getProperty("basedir", "."), "target", "html-report");

    @TempDir
    Path tmp;

    private HeadlessChromium chromium;

    @org.junit.jupiter.api.BeforeEach
    void browser() {
        chromium = new HeadlessChromium(tmp);
    }

    @BeforeAll
    static void needsChromium() {
        HeadlessChromium.assumeInstalled();
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

        String dom = chromium.dumpDom(html);
        Document rendered = Jsoup.parse(dom);
        assertEquals(language, rendered.selectFirst("html").attr("lang"));
        HtmlReadBack.of(rendered).assertMatches(json, true);
    }

    @ParameterizedTest(name = "many ({0})")
    @ValueSource(strings = {"en", "fr"})
    void aScreenshotIsKeptAsABuildArtifact(String language) throws Exception {
        Messages messages = "fr".equals(language) ? Messages.french() : Messages.english();
        Files.createDirectories(ARTIFACTS);
        Path html = ARTIFACTS.resolve("many." + language + ".html");
        Files.write(html, write(new HtmlReporter(), ReportFixtures.many(), messages));
        Path shot = tmp.resolve("report.png");
        chromium.screenshot(html, shot, 1280, 2000);
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
        chromium.printToPdf(html, pdf);
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
