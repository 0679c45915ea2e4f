package fr.cctlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

/** The config bundle: same keys and placeholders in both languages, and every key the code uses exists. */
class ConfigBundleTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern USED_KEY = Pattern.compile("\"(config\\.[a-zA-Z.]+)\"");

    private static Properties load(String resource) throws IOException {
        try (InputStream in = ConfigBundleTest.class.getResourceAsStream("/fr/cctlint/i18n/" + resource)) {
            assertNotNull(in, resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void bothLanguagesMatch() throws IOException {
        Properties en = load("config.properties");
        Properties fr = load("config_fr.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(fr.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertTrue(key.startsWith("config."), key);
            assertFalse(en.getProperty(key).isBlank(), key);
            assertFalse(fr.getProperty(key).isBlank(), key);
            assertEquals(placeholders(en.getProperty(key)), placeholders(fr.getProperty(key)), key);
            new MessageFormat(en.getProperty(key).replace("'", "''"));
            new MessageFormat(fr.getProperty(key).replace("'", "''"));
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties en = load("config.properties");
        String root = System.getProperty("cct.root");
        Path sources = root == null ? Path.of("src/main/java/fr/cctlint/config")
                : Path.of(root, "cct-lint-core/src/main/java/fr/cctlint/config");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(sources), "sources not found: " + sources);
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.toList()) {
                Matcher m = USED_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        // keys built from a prefix: config.kind.<kind>, config.starter.<guarantee>
        for (ConfigYamlReader.Kind kind : ConfigYamlReader.Kind.values()) {
            used.add("config.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        ConfigYamlReader.GUARANTEES.forEach(g -> used.add("config.starter." + g));
        used.removeIf(k -> k.endsWith("."));
        assertTrue(used.size() > 30, used.toString());
        for (String key : used) {
            assertTrue(en.containsKey(key), "missing in config.properties: " + key);
        }
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
