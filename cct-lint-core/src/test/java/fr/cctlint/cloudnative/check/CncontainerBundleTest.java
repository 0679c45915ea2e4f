package fr.cctlint.cloudnative.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CncontainerBundleTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CncontainerBundleTest.class.getResourceAsStream("/fr/cctlint/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNeverNameTheRequirement() throws IOException {
        Properties en = load("cncontainer.properties");
        Properties fr = load("cncontainer_fr.properties");
        assertEquals(en.stringPropertyNames(), fr.stringPropertyNames());
        for (Properties p : new Properties[] {en, fr}) {
            for (String key : p.stringPropertyNames()) {
                assertFalse(p.getProperty(key).matches("(?s).*\\bEX\\d+.*"), key);
                assertFalse(p.getProperty(key).isBlank(), key);
            }
        }
    }
}
