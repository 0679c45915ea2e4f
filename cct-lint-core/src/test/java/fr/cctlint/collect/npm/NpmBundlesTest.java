package fr.cctlint.collect.npm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The npm and php bundles: the same keys in English and French, and every key the sources use. */
class NpmBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"npm", "php"})
    void bothLanguagesHaveEveryKeyTheSourcesUse(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties fr = load(bundle + "_fr.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(fr.stringPropertyNames()));
        Path sources = Path.of(System.getProperty("cct.root", "."), "cct-lint-core/src/main/java/fr/cctlint/collect",
                bundle);
        assumeTrue(Files.isDirectory(sources), "sources not found from cct.root");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(" + bundle + "\\.[A-Za-z]+)\"");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path f : files.toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(!used.isEmpty() && en.stringPropertyNames().containsAll(used), () -> used + " vs " + en.keySet());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(NpmBundlesTest.class.getResourceAsStream("/fr/cctlint/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
