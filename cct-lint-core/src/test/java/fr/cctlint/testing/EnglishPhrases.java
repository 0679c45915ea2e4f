package fr.cctlint.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The English phrases of every message bundle that French translates differently: what must never appear in a
 * French report. Each English text is cut at its placeholders and quotes; pieces of three words or more are kept
 * (shorter ones, "Java" or "npm", are names that both languages share), unless the French text has them too.
 */
public final class EnglishPhrases {
    private static final Path BUNDLES = Path.of(System.getProperty("cct.root", ".."),
            "cct-lint-core/src/main/resources/fr/cctlint/i18n");

    private EnglishPhrases() {
    }

    /** The phrases {@code text} contains, for an assertion message; empty when it is all French. */
    public static List<String> in(String text) {
        return translatedPhrases().stream().filter(text::contains).toList();
    }

    /** Those phrases, sorted. */
    public static List<String> translatedPhrases() {
        TreeSet<String> phrases = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path english : files.filter(f -> f.getFileName().toString().matches("[a-z]+\\.properties")).toList()) {
                Properties en = load(english);
                Properties fr = load(english.resolveSibling(english.getFileName().toString()
                        .replace(".properties", "_fr.properties")));
                for (String key : en.stringPropertyNames()) {
                    String text = en.getProperty(key);
                    String french = fr.getProperty(key, "");
                    if (!text.equals(french)) {
                        pieces(text).stream().filter(p -> !french.contains(p)).forEach(phrases::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(phrases);
    }

    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String piece : text.split("\\{\\d+[^}]*}|['\"`()]|\\.\\s|:\\s|;\\s")) {
            String p = piece.strip();
            if (p.split("\\s+").length >= 3) {
                pieces.add(p);
            }
        }
        return pieces;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file);
                    var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
