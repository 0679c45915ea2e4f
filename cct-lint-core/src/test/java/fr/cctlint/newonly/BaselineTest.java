package fr.cctlint.newonly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Rule;
import fr.cctlint.report.InputReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An earlier SARIF report read back as a baseline: real reports, line moves, and broken or foreign files. */
class BaselineTest {
    @TempDir
    Path temp;

    private static InputReport shop(int rabbitLine, int redisLine) {
        return Scans.judge("examples/shop", List.of(
                Scans.image("rabbitmq", "3.13", "docker-compose.yml", rabbitLine),
                Scans.image("redis", "7.2", "docker-compose.yml", redisLine)),
                List.of(Scans.unreadable("web/package.json", 3)));
    }

    private static Set<String> fingerprints(InputReport input) {
        return input.findings().stream().map(Finding::fingerprint).collect(Collectors.toSet());
    }

    private Baseline read(Path file) {
        BaselineResult result = Baseline.read(file);
        assertTrue(result.ok(), () -> Messages.english().render(result.problem().message()));
        assertNull(result.problem());
        return result.baseline();
    }

    private Problem problem(String name, String content) throws IOException {
        Path file = Files.writeString(temp.resolve(name), content);
        BaselineResult result = Baseline.read(file);
        assertFalse(result.ok(), content);
        assertNull(result.baseline());
        Problem problem = result.problem();
        assertNotNull(problem);
        assertEquals(file.toString(), problem.file());
        assertTrue(problem.fatal());
        assertTrue(Messages.english().render(problem.message()).startsWith(file.toString()),
                Messages.english().render(problem.message()));
        return problem;
    }

    @Test
    void aReportWrittenByTheSarifReporterIsReadBackWithEveryFingerprint() throws IOException {
        InputReport input = shop(18, 25);
        assertEquals(3, input.findings().size(), "two CCT001 and one CCT009");
        Path file = Scans.sarif(temp.resolve("cct-lint.sarif"), Scans.report(input));

        Baseline baseline = read(file);
        assertEquals(fingerprints(input), baseline.fingerprints());
        assertEquals(1, baseline.runs());
        assertEquals(3, baseline.results());
        assertEquals(0, baseline.withoutFingerprint());
        assertEquals(0, baseline.otherRuns());
        assertEquals(file.toString(), baseline.file());
        input.findings().forEach(f -> assertTrue(baseline.contains(f.fingerprint()), f.rule() + " " + f.location()));
        assertFalse(baseline.contains("0123456789abcdef"));
        assertFalse(baseline.contains(null));
    }

    @Test
    void aDeclarationThatMovedIsNotNewButANewImageOrANewVersionIs() throws IOException {
        Baseline baseline = read(Scans.sarif(temp.resolve("before.sarif"), Scans.report(shop(18, 25))));

        InputReport after = Scans.judge("examples/shop", List.of(
                Scans.image("rabbitmq", "3.13", "docker-compose.yml", 40),   // moved down
                Scans.image("redis", "7.4", "docker-compose.yml", 25),       // upgraded
                Scans.image("mailhog", "v1.0.1", "deploy/values.yaml", 10)), // new
                List.of(Scans.unreadable("web/package.json", 3)));
        NewOnlyResult result = NewOnlyFilter.baseline(baseline).apply(after.findings());

        assertEquals(List.of("pkg:docker/library/mailhog@v1.0.1", "pkg:docker/library/redis@7.4"),
                result.kept().stream().map(f -> f.component().purl()).sorted().toList());
        assertEquals(2, result.removedCount());
        assertEquals(Set.of(Rule.CCT001, Rule.CCT009), result.removed().stream().map(Finding::rule)
                .collect(Collectors.toSet()));
        assertEquals(new Evidence("docker-compose.yml", 40, "image: rabbitmq:3.13"),
                result.removed().stream().filter(f -> f.rule() == Rule.CCT001).findFirst().orElseThrow().location());
    }

    @Test
    void theSameComponentInAnotherInputIsNew() throws IOException {
        Baseline baseline = read(Scans.sarif(temp.resolve("before.sarif"), Scans.report(shop(18, 25))));
        InputReport elsewhere = Scans.judge("examples/other", List.of(
                Scans.image("rabbitmq", "3.13", "docker-compose.yml", 18)), List.of());
        assertEquals(1, NewOnlyFilter.baseline(baseline).apply(elsewhere.findings()).kept().size());
    }

    @Test
    void everyRunOfASeveralInputReportIsRead() throws IOException {
        InputReport first = shop(18, 25);
        InputReport second = Scans.judge("sboms/bom.json", List.of(
                Scans.image("mongo", "6", "sboms/bom.json", 0)), List.of());
        Baseline baseline = read(Scans.sarif(temp.resolve("two.sarif"), Scans.report(first, second)));
        assertEquals(2, baseline.runs());
        assertEquals(4, baseline.results());
        Set<String> expected = fingerprints(first);
        expected.addAll(fingerprints(second));
        assertEquals(expected, baseline.fingerprints());
    }

    @Test
    void aCleanReportIsAnEmptyBaseline() throws IOException {
        InputReport clean = Scans.judge("examples/clean", List.of(), List.of());
        Baseline baseline = read(Scans.sarif(temp.resolve("clean.sarif"), Scans.report(clean)));
        assertEquals(1, baseline.runs());
        assertEquals(0, baseline.results());
        assertTrue(baseline.fingerprints().isEmpty());
    }

    @Test
    void resultsWithoutTheFingerprintAreIgnoredAndCounted() throws IOException {
        InputReport input = shop(18, 25);
        Path file = Scans.sarif(temp.resolve("cct-lint.sarif"), Scans.report(input));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode log = (ObjectNode) mapper.readTree(file.toFile());
        ArrayNode results = (ArrayNode) log.path("runs").path(0).path("results");
        ((ObjectNode) results.get(0)).remove("partialFingerprints");
        ((ObjectNode) results.get(1).path("partialFingerprints")).put(Baseline.FINGERPRINT, 42);
        ((ObjectNode) results.get(2).path("partialFingerprints")).put("otherTool/v2", "abc");
        String kept = results.get(2).path("partialFingerprints").path(Baseline.FINGERPRINT).asText();
        mapper.writeValue(file.toFile(), log);

        Baseline baseline = read(file);
        assertEquals(3, baseline.results());
        assertEquals(2, baseline.withoutFingerprint());
        assertEquals(Set.of(kept), baseline.fingerprints());
    }

    @Test
    void runsOfOtherToolsInTheSameLogAreIgnored() throws IOException {
        InputReport input = shop(18, 25);
        Path file = Scans.sarif(temp.resolve("merged.sarif"), Scans.report(input));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode log = (ObjectNode) mapper.readTree(file.toFile());
        ObjectNode foreign = ((ArrayNode) log.path("runs")).insertObject(0);
        foreign.putObject("tool").putObject("driver").put("name", "Semgrep OSS");
        foreign.putArray("results").addObject().putObject("partialFingerprints")
                .put(Baseline.FINGERPRINT, "from-another-tool");
        mapper.writeValue(file.toFile(), log);

        Baseline baseline = read(file);
        assertEquals(1, baseline.runs());
        assertEquals(1, baseline.otherRuns());
        assertEquals(fingerprints(input), baseline.fingerprints());
        assertFalse(baseline.contains("from-another-tool"));
    }

    @Test
    void aLargeReportIsStreamed() throws IOException {
        Path file = temp.resolve("large.sarif");
        int count = 150_000;
        try (JsonGenerator out = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeStringField("version", "2.1.0");
            out.writeArrayFieldStart("runs");
            out.writeStartObject();
            out.writeObjectFieldStart("tool");
            out.writeObjectFieldStart("driver");
            out.writeStringField("name", "cct-lint");
            out.writeEndObject();
            out.writeEndObject();
            out.writeArrayFieldStart("results");
            for (int i = 0; i < count; i++) {
                out.writeStartObject();
                out.writeStringField("ruleId", "CCT001");
                out.writeObjectFieldStart("message");
                out.writeStringField("text", "component-" + i + " is operated on its own and is not in the CCT "
                        + "product referential; list it, replace it, or declare it embedded with its guarantees");
                out.writeEndObject();
                out.writeObjectFieldStart("partialFingerprints");
                out.writeStringField(Baseline.FINGERPRINT, String.format("%032x", i));
                out.writeEndObject();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
            out.writeEndArray();
            out.writeEndObject();
        }
        assertTrue(Files.size(file) > 30_000_000L, "a report of tens of megabytes: " + Files.size(file));
        Baseline baseline = read(file);
        assertEquals(count, baseline.fingerprints().size());
        assertTrue(baseline.contains(String.format("%032x", count - 1)));
    }

    @Test
    void invalidJsonNamesTheFileAndTheLine() throws IOException {
        String valid = Files.readString(Scans.sarif(temp.resolve("ok.sarif"), Scans.report(shop(18, 25))));
        List<String> lines = valid.lines().toList();
        int broken = lines.size() / 2;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(i == broken - 1 ? lines.get(i) + " }}} oops" : lines.get(i)).append('\n');
        }
        Problem problem = problem("broken.sarif", text.toString());
        assertEquals(broken, problem.line());
        assertEquals("newonly.baseline.invalidJson", problem.message().key());
        String english = Messages.english().render(problem.message());
        assertTrue(english.contains("line " + broken + ","), english);
        assertTrue(Messages.french().render(problem.message()).contains("ligne " + broken + ","));
    }

    @Test
    void aTruncatedReportIsInvalidJson() throws IOException {
        String valid = Files.readString(Scans.sarif(temp.resolve("ok.sarif"), Scans.report(shop(18, 25))));
        Problem problem = problem("truncated.sarif", valid.substring(0, valid.length() / 3));
        assertEquals("newonly.baseline.invalidJson", problem.message().key());
        assertTrue(problem.line() > 1);
    }

    @Test
    void jsonThatIsNotASarifLogIsRejected() throws IOException {
        assertEquals("newonly.baseline.noRuns", problem("empty-object.sarif", "{}").message().key());
        assertEquals("newonly.baseline.noRuns",
                problem("runs-string.sarif", "{\n  \"version\": \"2.1.0\",\n  \"runs\": \"none\"\n}").message().key());
        assertEquals(3, problem("runs-null.sarif", "{\n  \"version\": \"2.1.0\",\n  \"runs\": null\n}").line());
        assertEquals("newonly.baseline.notObject", problem("array.sarif", "[]").message().key());
        assertEquals("newonly.baseline.notObject", problem("string.sarif", "\"cct-lint\"").message().key());
        Problem notRun = problem("run-number.sarif", "{\"runs\": [\n1]}");
        assertEquals("newonly.baseline.runNotObject", notRun.message().key());
        assertEquals(2, notRun.line());
        assertEquals("newonly.baseline.noCctLintRun", problem("no-run.sarif", "{\"runs\": []}").message().key());
    }

    @Test
    void aReportOfAnotherToolIsRejectedNamingTheTool() throws IOException {
        String other = """
                {
                  "version": "2.1.0",
                  "runs": [ {
                    "tool": { "driver": { "name": "Trivy", "version": "0.50.0" } },
                    "results": [ { "ruleId": "CVE-2024-0001", "message": { "text": "x" },
                                   "partialFingerprints": { "primaryLocationLineHash": "abc:1" } } ]
                  }, { "tool": { "driver": { } }, "results": [] } ]
                }
                """;
        Problem problem = problem("trivy.sarif", other);
        assertEquals("newonly.baseline.noCctLintRun", problem.message().key());
        String english = Messages.english().render(problem.message());
        assertTrue(english.contains("Trivy"), english);
        assertTrue(english.contains("cct-lint scan --format sarif"), english);
    }

    @Test
    void hostileToolNamesStayOnOneShortLine() throws IOException {
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            runs.append(i == 0 ? "" : ",").append("{\"tool\": {\"driver\": {\"name\": \"tool").append(i)
                    .append("\\nInjected: line\\u0007").append("x".repeat(500)).append("\"}}}");
        }
        Problem problem = problem("hostile.sarif", "{\"runs\": [" + runs + "]}");
        String english = Messages.english().render(problem.message());
        assertFalse(english.contains("\n") || english.contains("\u0007"), english);
        assertTrue(english.length() < 600, english);
        assertTrue(english.contains("tool4") && !english.contains("tool5"), english);
    }

    @Test
    void emptyBinaryDeepAndMissingFilesAreProblemsNotExceptions() throws IOException {
        assertEquals("newonly.baseline.empty", problem("empty.sarif", "").message().key());
        assertEquals("newonly.baseline.empty", problem("blank.sarif", "  \n\n ").message().key());
        Path binary = temp.resolve("binary.sarif");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff, (byte) 0xfe});
        assertEquals("newonly.baseline.invalidJson", Baseline.read(binary).problem().message().key());
        Path latin1 = temp.resolve("latin1.sarif");
        Files.write(latin1, "{\"runs\": [{\"tool\": {\"driver\": {\"name\": \"caf\u00e9\"}}}]}"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("newonly.baseline.invalidJson", Baseline.read(latin1).problem().message().key());
        assertEquals("newonly.baseline.invalidJson",
                problem("deep.sarif", "{\"runs\": [{\"tool\": " + "[".repeat(100_000)).message().key());

        Path missing = temp.resolve("absent.sarif");
        Problem notFound = Baseline.read(missing).problem();
        assertEquals("newonly.baseline.notFound", notFound.message().key());
        assertEquals(missing + ": no such file (the baseline SARIF report)",
                Messages.english().render(notFound.message()));
        assertEquals("newonly.baseline.notFile", Baseline.read(temp).problem().message().key());
    }
}
