package fr.cctlint.sbom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fr.cctlint.model.Component;
import fr.cctlint.model.Inventory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A big generated SBOM (counts and positions stay right at scale), other file systems, and the bundles. */
class SbomLargeAndMessagesTest {

    /**
     * Writes a pretty-printed CycloneDX 1.6 JSON of {@code count} library components (~10 MB for 20,000),
     * each one taking exactly {@link #LINES_PER_COMPONENT} lines from line {@link #FIRST_COMPONENT_LINE}.
     */
    static void writeLargeBom(Path file, int count) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.6\",\n  \"version\": 1,\n"
                    + "  \"metadata\": {\n    \"component\": { \"type\": \"application\", \"name\": \"big-app\", \"version\": \"1.0.0\" }\n"
                    + "  },\n  \"components\": [\n");
            for (int i = 0; i < count; i++) {
                String purl = "pkg:maven/org.example.g" + (i % 50) + "/artifact-" + i + "@1." + (i % 10) + "." + (i % 7) + "?type=jar";
                w.write("    {\n"
                        + "      \"type\": \"library\",\n"
                        + "      \"bom-ref\": \"" + purl + "\",\n"
                        + "      \"group\": \"org.example.g" + (i % 50) + "\",\n"
                        + "      \"name\": \"artifact-" + i + "\",\n"
                        + "      \"version\": \"1." + (i % 10) + "." + (i % 7) + "\",\n"
                        + "      \"scope\": \"" + (i % 100 == 99 ? "excluded" : "required") + "\",\n"
                        + "      \"hashes\": [ { \"alg\": \"SHA-256\", \"content\": \"" + "%064x".formatted(i) + "\" } ],\n"
                        + "      \"licenses\": [ { \"license\": { \"id\": \"Apache-2.0\" } } ],\n"
                        + "      \"purl\": \"" + purl + "\",\n"
                        + "      \"properties\": [ { \"name\": \"cdx:maven:package:test\", \"value\": \"false\" } ]\n"
                        + "    }" + (i + 1 < count ? "," : "") + "\n");
            }
            w.write("  ]\n}\n");
        }
    }

    static final int FIRST_COMPONENT_LINE = 9;
    static final int LINES_PER_COMPONENT = 12;

    @Test
    void twentyThousandComponents(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.cdx.json");
        writeLargeBom(file, 20_000);
        assertTrue(Files.size(file) > 8_000_000, "about 10 MB: " + Files.size(file));

        Inventory inv = new SbomReader().read(file);
        assertEquals(List.of(), inv.problems());
        assertEquals("passed", inv.source().details().get("schemaValidation"));
        assertEquals(200, inv.excludedCount());
        assertEquals(1 + 20_000 - 200, inv.components().size());
        Component last = inv.components().get(inv.components().size() - 1);
        assertEquals("artifact-19998", last.name());
        assertEquals(FIRST_COMPONENT_LINE + 19_998 * LINES_PER_COMPONENT, last.primaryEvidence().line());
        assertEquals("false", last.property("cdx:maven:package:test"));
    }

    @Test
    void readsFromAnyFileSystem() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path file = fs.getPath("/work/bom.json");
            Files.createDirectories(file.getParent());
            Files.copy(SbomFixturesTest.fixture("cyclonedx-1.6.json"), file);
            Inventory inv = new SbomReader().read(file);
            assertEquals(List.of(), inv.problems());
            assertEquals("/work/bom.json", inv.components().get(0).primaryEvidence().file());
            assertEquals(9, inv.components().size());
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties en = load("sbom.properties");
        Properties fr = load("sbom_fr.properties");
        assertEquals(en.stringPropertyNames(), fr.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertTrue(key.startsWith("sbom."), key);
            assertEquals(placeholders(en.getProperty(key)), placeholders(fr.getProperty(key)), key);
            assertFalse(en.getProperty(key).startsWith("{0}"), "reports print the file before the message: " + key);
            assertFalse(fr.getProperty(key).equals(en.getProperty(key)), "translated: " + key);
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties en = load("sbom.properties");
        Path sources = Path.of(System.getProperty("cct.root", "."), "cct-lint-core/src/main/java/fr/cctlint/sbom");
        assumeTrue(Files.isDirectory(sources), "sources not found from cct.root");
        Pattern key = Pattern.compile("\"(sbom\\.[A-Za-z]+)\"");
        Set<String> used = new TreeSet<>();
        try (var files = Files.list(sources)) {
            for (Path f : files.toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 15, used.toString());
        for (String k : used) {
            assertTrue(en.containsKey(k), "missing in sbom.properties: " + k);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SbomLargeAndMessagesTest.class.getResourceAsStream("/fr/cctlint/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
