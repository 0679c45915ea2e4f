package fr.cctlint.collect.go;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundles of the Go, .NET, Ruby and Rust collectors: same keys and placeholders in English and French, valid
 * patterns, and every key used by the collector's code (a key no code uses is a leftover).
 */
class NativeCollectorBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties load(String resource) throws IOException {
        try (InputStream in = NativeCollectorBundlesTest.class.getResourceAsStream("/fr/cctlint/i18n/" + resource)) {
            assertNotNull(in, "missing bundle " + resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"go", "dotnet", "ruby", "rust"})
    void bothLanguagesAgreeAndEveryKeyIsUsed(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties fr = load(bundle + "_fr.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(fr.stringPropertyNames()));
        String code = sources(bundle);
        for (String key : en.stringPropertyNames()) {
            assertTrue(key.startsWith(bundle + "."), key);
            assertFalse(en.getProperty(key).isBlank() || fr.getProperty(key).isBlank(), key);
            assertEquals(placeholders(en.getProperty(key)), placeholders(fr.getProperty(key)), key);
            new MessageFormat(en.getProperty(key).replace("'", "''"));
            new MessageFormat(fr.getProperty(key).replace("'", "''"));
            assertTrue(code.contains("\"" + key + "\""), key + " is not used by the " + bundle + " collector");
        }
    }

    private static String sources(String bundle) throws IOException {
        String root = System.getProperty("cct.root");
        Path dir = (root == null ? Path.of("..") : Path.of(root))
                .resolve("cct-lint-core/src/main/java/fr/cctlint/collect/" + bundle);
        if (!Files.isDirectory(dir)) {
            dir = Path.of("src/main/java/fr/cctlint/collect/" + bundle);
        }
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                sb.append(Files.readString(p));
            }
        }
        return sb.toString();
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
