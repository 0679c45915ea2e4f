package fr.cctlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every user-facing text of both modules exists in English and French, with the same placeholders, and every
 * key the code names exists: one check for all the bundles (one bundle per package, e.g. {@code sbom},
 * {@code maven}, {@code config}).
 */
class MessageBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @TestFactory
    Stream<DynamicTest> everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        Path root = Path.of(System.getProperty("cct.root", ".."));
        List<Path> englishBundles = new ArrayList<>();
        for (String module : List.of("cct-lint-core", "cct-lint-cli")) {
            Path dir = root.resolve(module).resolve("src/main/resources/fr/cctlint/i18n");
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().endsWith(".properties"))
                        .filter(f -> !f.getFileName().toString().contains("_"))
                        .sorted()
                        .forEach(englishBundles::add);
            }
        }
        assertTrue(englishBundles.size() >= 4, "bundles found: " + englishBundles);
        return englishBundles.stream().map(en -> DynamicTest.dynamicTest(en.getFileName().toString(), () -> {
            Path fr = en.resolveSibling(en.getFileName().toString().replace(".properties", "_fr.properties"));
            assertTrue(Files.exists(fr), "missing French bundle " + fr);
            Properties english = load(en);
            Properties french = load(fr);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()),
                    "keys of " + en.getFileName() + " and its French twin differ");
            boolean picocli = en.getFileName().toString().startsWith("clihelp");
            for (String key : english.stringPropertyNames()) {
                String e = english.getProperty(key);
                String f = french.getProperty(key);
                if (!key.startsWith("usage.") || !e.isEmpty()) {
                    assertFalse(f.isBlank(), "empty French text for " + key);
                }
                if (!picocli) {
                    assertEquals(placeholders(e), placeholders(f), "placeholders differ for " + key);
                    new MessageFormat(f.replace("'", "''")); // must parse
                }
            }
        }));
    }

    private static final Pattern KEY_USE = Pattern.compile(
            "(?:Message\\.of|\\.get|\\.text|\\.error)\\(\\s*\"([a-z]+\\.[A-Za-z0-9.\\-]+)\"");

    /** Every key the code names literally ({@code Message.of("sbom.empty")}, {@code texts.get(...)}) exists. */
    @TestFactory
    Stream<DynamicTest> everyKeyTheCodeNamesExists() throws IOException {
        Path root = Path.of(System.getProperty("cct.root", ".."));
        Properties all = new Properties();
        List<Path> sources = new ArrayList<>();
        for (String module : List.of("cct-lint-core", "cct-lint-cli")) {
            try (Stream<Path> files = Files.list(root.resolve(module).resolve("src/main/resources/fr/cctlint/i18n"))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".properties") && !f.getFileName().toString()
                        .contains("_")).toList()) {
                    all.putAll(load(f));
                }
            }
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(sources::add);
            }
        }
        assertTrue(sources.size() > 100, "sources found: " + sources.size());
        return sources.stream().map(source -> DynamicTest.dynamicTest(source.getFileName().toString(), () -> {
            Matcher m = KEY_USE.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (m.find()) {
                String key = m.group(1);
                if (!key.endsWith(".")) { // a prefix completed at run time ("policy." + rule + ".status")
                    assertTrue(all.containsKey(key), "missing message key " + key + " used in " + source);
                }
            }
        }));
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
