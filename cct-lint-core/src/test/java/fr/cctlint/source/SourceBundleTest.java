package fr.cctlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The source bundle: same keys and placeholders in English and French, patterns MessageFormat accepts. */
class SourceBundleTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties load(String resource) throws IOException {
        try (InputStream in = SourceBundleTest.class.getResourceAsStream("/fr/cctlint/i18n/" + resource)) {
            assertNotNull(in, resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void bothLanguagesMatch() throws IOException {
        Properties en = load("source.properties");
        Properties fr = load("source_fr.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(fr.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertEquals("source", key.substring(0, key.indexOf('.')), key);
            assertFalse(en.getProperty(key).isBlank(), key);
            assertFalse(fr.getProperty(key).isBlank(), key);
            assertEquals(placeholders(en.getProperty(key)), placeholders(fr.getProperty(key)), key);
            new MessageFormat(en.getProperty(key).replace("'", "''"));
            new MessageFormat(fr.getProperty(key).replace("'", "''"));
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
