package fr.cctlint.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The referential bundle has every key the code uses, in English and French. */
class ReferentialMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReferentialMessagesTest.class.getResourceAsStream("/fr/cctlint/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        assertEquals(bundle("referential.properties").stringPropertyNames(),
                bundle("referential_fr.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Path sources = TestPaths.root().resolve("cct-lint-core/src/main/java/fr/cctlint/referential");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(referential\\.[A-Za-z0-9.]+)\"");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path f : files.toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 30, "found " + used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle("referential.properties").stringPropertyNames());
        assertEquals(Set.of(), missing);
        Set<String> unused = new TreeSet<>(bundle("referential.properties").stringPropertyNames());
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "keys nobody uses");
    }
}
