package fr.cctlint.collect.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The docker and ci bundles: same keys and placeholders in both languages, and every key the code uses. */
class DockerCiBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties load(String resource) throws IOException {
        try (InputStream in = DockerCiBundlesTest.class.getResourceAsStream("/fr/cctlint/i18n/" + resource)) {
            assertNotNull(in, "missing bundle " + resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker", "ci"})
    void bothLanguagesAgree(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties fr = load(bundle + "_fr.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(fr.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertEquals(bundle, key.substring(0, key.indexOf('.')), key);
            assertFalse(fr.getProperty(key).isBlank(), key);
            assertEquals(placeholders(en.getProperty(key)), placeholders(fr.getProperty(key)), key);
            new MessageFormat(fr.getProperty(key).replace("'", "''"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker", "ci"})
    void everyKeyTheCodeUsesExists(String bundle) throws IOException {
        Path sources = Path.of(System.getProperty("cct.root", "."), "cct-lint-core/src/main/java/fr/cctlint/collect", bundle);
        assumeTrue(Files.isDirectory(sources), "sources not found from cct.root");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.toList()) {
                Matcher m = Pattern.compile("\"(" + bundle + "\\.[A-Za-z]+)\"").matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertFalse(used.isEmpty());
        assertEquals(used, new TreeSet<>(load(bundle + ".properties").stringPropertyNames()));
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
