package fr.cctlint.newonly;

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

/** The newonly bundle: same keys and placeholders in English and French; every key the code uses exists. */
class NewOnlyBundleTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(newonly\\.[A-Za-z.]+)\"");

    private static Properties load(String resource) throws IOException {
        try (InputStream in = NewOnlyBundleTest.class.getResourceAsStream("/fr/cctlint/i18n/" + resource)) {
            assertNotNull(in, resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void bothLanguagesMatch() throws IOException {
        Properties en = load("newonly.properties");
        Properties fr = load("newonly_fr.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(fr.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertTrue(key.startsWith("newonly."), key);
            assertFalse(en.getProperty(key).isBlank(), key);
            assertFalse(fr.getProperty(key).isBlank(), key);
            assertEquals(placeholders(en.getProperty(key)), placeholders(fr.getProperty(key)), key);
            assertTrue(en.getProperty(key).startsWith("{0}"), "every message names the file or repository: " + key);
            new MessageFormat(en.getProperty(key).replace("'", "''"));
            new MessageFormat(fr.getProperty(key).replace("'", "''"));
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties en = load("newonly.properties");
        Path main = Path.of(System.getProperty("cct.root", "."), "cct-lint-core/src/main/java/fr/cctlint");
        if (!Files.isDirectory(main)) {
            main = Path.of("src/main/java/fr/cctlint");
        }
        Set<String> used = new TreeSet<>();
        for (String folder : new String[] {"newonly", "source"}) {
            try (Stream<Path> files = Files.list(main.resolve(folder))) {
                for (Path file : files.toList()) {
                    Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(used.size() >= 10, used.toString());
        for (String key : used) {
            assertTrue(en.containsKey(key), key);
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
