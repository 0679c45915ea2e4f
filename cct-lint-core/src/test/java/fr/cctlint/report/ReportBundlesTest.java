package fr.cctlint.report;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report and rules bundles: same keys in English and French, same placeholders, valid patterns. */
class ReportBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static Properties load(String resource) throws IOException {
        try (InputStream in = ReportBundlesTest.class.getResourceAsStream("/fr/cctlint/i18n/" + resource)) {
            assertNotNull(in, "missing bundle " + resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "rules"})
    void bothLanguagesHaveTheSameKeysAndPlaceholders(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties fr = load(bundle + "_fr.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(fr.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertFalse(key.startsWith(bundle + ".") && en.getProperty(key).isBlank(), key + " is empty");
            assertFalse(fr.getProperty(key).isBlank(), key + " is empty in French");
            assertEquals(placeholders(en.getProperty(key)), placeholders(fr.getProperty(key)), key);
            // the renderer escapes apostrophes, then MessageFormat must accept the pattern
            new MessageFormat(en.getProperty(key).replace("'", "''"));
            new MessageFormat(fr.getProperty(key).replace("'", "''"));
        }
        en.stringPropertyNames().forEach(k -> assertEquals(bundle, k.substring(0, k.indexOf('.')), k));
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
