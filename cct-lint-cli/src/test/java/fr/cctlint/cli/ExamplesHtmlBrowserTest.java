package fr.cctlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cctlint.testing.HeadlessChromium;
import fr.cctlint.testing.HtmlReadBack;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each example's committed HTML report in a real headless Chromium: the page renders, its script runs, and the
 * verdict and counts read back from the rendered DOM equal those of the example's committed JSON report. A
 * screenshot of each is kept under {@code target/html-report/} as a build artifact. Skipped without Chromium.
 */
class ExamplesHtmlBrowserTest {
    private static final Path ROOT = Path.of(System.getProperty("cct.root", "..")).toAbsolutePath().normalize();
    private static final Path ARTIFACTS = Path.of(System.getProperty("basedir", "."), "target", "html-report");

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsChromium() {
        HeadlessChromium.assumeInstalled();
    }

    @TestFactory
    Stream<DynamicTest> eachExampleReportRendersWithTheVerdictAndCountsOfItsJsonReport() {
        HeadlessChromium chromium = new HeadlessChromium(tmp);
        return ExamplesTest.examples().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            Path expected = ROOT.resolve("examples").resolve(example.name()).resolve("expected");
            Files.createDirectories(ARTIFACTS);
            Path html = Files.copy(expected.resolve("cct-lint.html"), ARTIFACTS.resolve(example.name() + ".html"),
                    StandardCopyOption.REPLACE_EXISTING);
            Document rendered = Jsoup.parse(chromium.dumpDom(html));
            assertEquals("en", rendered.selectFirst("html").attr("lang"));
            HtmlReadBack.of(rendered).assertMatches(new ObjectMapper().readTree(expected.resolve("cct-lint.json").toFile()),
                    true);

            Path png = ARTIFACTS.resolve(example.name() + ".png");
            chromium.screenshot(html, png, 1280, 1600);
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, "the screenshot is not a PNG");
            assertEquals(1280, image.getWidth());
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 7) {
                for (int x = 0; x < image.getWidth(); x += 7) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 8, "the screenshot is blank");
        }));
    }
}
