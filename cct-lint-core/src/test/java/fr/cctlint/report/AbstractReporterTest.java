package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every reporter must do, checked on the shared fixtures: match its golden file per fixture and language
 * (rewritten with {@code -Dcct.updateGolden=true}), be deterministic, leave the stream open, and write French
 * with no English left in it.
 */
abstract class AbstractReporterTest {
    static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src/test/resources/report/golden");

    /** The reporter under test. */
    abstract Reporter reporter();

    /** The golden files' extension. */
    abstract String extension();

    static Stream<Arguments> cases() {
        return ReportFixtures.all().keySet().stream()
                .flatMap(name -> Stream.of(Arguments.of(name, "en"), Arguments.of(name, "fr")));
    }

    static Messages messages(String language) {
        return "fr".equals(language) ? Messages.french() : Messages.english();
    }

    String render(ScanReport report, Messages messages) throws IOException {
        return new String(bytes(report, messages), StandardCharsets.UTF_8);
    }

    byte[] bytes(ScanReport report, Messages messages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reporter().write(report, messages, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("cases")
    void matchesGoldenFile(String fixture, String language) throws IOException {
        String actual = render(ReportFixtures.all().get(fixture), messages(language));
        Path golden = GOLDEN.resolve(fixture + "." + language + "." + extension());
        if (Boolean.getBoolean("cct.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "missing golden file " + golden + ": run with -Dcct.updateGolden=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "differs from " + golden);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("cases")
    void isDeterministic(String fixture, String language) throws IOException {
        // a fresh fixture each time: same content, new objects and map instances
        assertArrayEquals(bytes(ReportFixtures.all().get(fixture), messages(language)),
                bytes(ReportFixtures.all().get(fixture), messages(language)));
    }

    @Test
    void leavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        reporter().write(ReportFixtures.many(), Messages.english(), out);
        assertFalse(closed[0], "the reporter closed the caller's stream");
    }

    @Test
    void writesAScanWithoutInputs() throws IOException {
        ScanReport none = ReportFixtures.scan(List.of(), fr.cctlint.policy.Severity.ERROR, false);
        assertFalse(render(none, Messages.english()).isBlank());
    }

    /**
     * No English sentence of any bundle survives into a French report: every English text that French translates
     * differently is cut at its placeholders, and each piece of three words or more must be absent.
     */
    @Test
    void frenchReportHasNoEnglishLeft() throws IOException {
        List<String> english = fr.cctlint.testing.EnglishPhrases.translatedPhrases();
        assertTrue(english.size() > 100, "the bundles were not found: " + english.size());
        for (Map.Entry<String, ScanReport> fixture : ReportFixtures.all().entrySet()) {
            String french = render(fixture.getValue(), Messages.french());
            for (String phrase : english) {
                assertFalse(french.contains(phrase), fixture.getKey() + ": French report contains \"" + phrase + "\"");
            }
        }
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("cases")
    void rendersEveryTextFromItsBundle(String fixture, String language) throws IOException {
        String out = render(ReportFixtures.all().get(fixture), messages(language));
        // a missing key renders as the key itself
        assertFalse(Pattern.compile("\\b(report|rules)\\.[A-Za-z]").matcher(out).find(), out);
        if (!extension().equals("json")) {
            assertFalse(out.contains("reportfixture."), out);
        }
    }

    @Test
    void rendersFindingMessagesInTheChosenLanguage() throws IOException {
        assertTrue(render(ReportFixtures.one(), Messages.english()).contains(
                "rabbitmq@3.13 is operated on its own and is not in the referential."));
        assertTrue(render(ReportFixtures.one(), Messages.french()).contains(
                "rabbitmq@3.13 est exploité de façon autonome et ne figure pas au référentiel."));
    }
}
