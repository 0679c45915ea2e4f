package fr.cctlint.collect.gradle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gradle and python message bundles: same keys in both languages, same placeholders, valid patterns. */
class GradlePythonBundlesTest {

    private static Properties load(String resource) throws IOException {
        try (InputStream in = GradlePythonBundlesTest.class.getResourceAsStream("/fr/cctlint/i18n/" + resource)) {
            assertNotNull(in, "missing bundle " + resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gradle", "python"})
    void bothLanguagesAgree(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties fr = load(bundle + "_fr.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(fr.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertEquals(bundle, key.substring(0, key.indexOf('.')), key);
            assertFalse(fr.getProperty(key).isBlank(), key);
            MessageFormat enFormat = new MessageFormat(en.getProperty(key).replace("'", "''"));
            MessageFormat frFormat = new MessageFormat(fr.getProperty(key).replace("'", "''"));
            assertEquals(enFormat.getFormats().length, frFormat.getFormats().length, key);
        }
    }
}
