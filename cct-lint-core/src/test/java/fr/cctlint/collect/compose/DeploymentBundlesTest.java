package fr.cctlint.collect.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.cctlint.i18n.Message;
import fr.cctlint.i18n.Messages;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compose and kubernetes bundles: both languages hold the same keys, and every key the code uses exists. */
class DeploymentBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"compose", "kubernetes"})
    void bothLanguagesHoldTheSameKeysAndRenderDifferently(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties fr = load(bundle + "_fr.properties");
        assertEquals(en.stringPropertyNames(), fr.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            Message m = Message.of(key, "X", "Y");
            assertNotEquals(Messages.english().render(m), Messages.french().render(m), key);
            assertNotEquals(key, Messages.french().render(m), key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"compose", "kubernetes", "helm"})
    void everyKeyUsedInTheCodeExists(String bundle) throws IOException {
        Path sources = Path.of(System.getProperty("cct.root", "."), "cct-lint-core/src/main/java/fr/cctlint/collect",
                bundle);
        assumeTrue(Files.isDirectory(sources), "sources not found from cct.root");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("Message\\.of\\(\"(" + bundle + "\\.[A-Za-z.]+)\"");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Properties en = load(bundle + ".properties");
        for (String k : used) {
            assertEquals(true, en.containsKey(k), k);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DeploymentBundlesTest.class.getResourceAsStream("/fr/cctlint/i18n/" + name)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }
}
