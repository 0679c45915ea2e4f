package fr.cctlint.cloudnative.check.image;

import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code image-os.yaml} (bundled as {@code cct-rules/cloud-native/image-os.yaml}) with {@link SafeYaml},
 * checking what the check relies on: every line has a name and a verdict, every failing line a known reason,
 * every rule images, a valid tag expression and an existing line. A defect is an {@link IllegalArgumentException}
 * naming the data file's line.
 */
public final class ImageOsCatalogLoader {
    public static final String BUNDLED = "cct-rules/cloud-native/image-os.yaml";
    /** The reasons a failing line may give; each is a key {@code cncontainer.os.reason.<reason>}. */
    public static final Set<String> REASONS = Set.of("alpine", "non-lts", "end-of-life", "testing", "undetermined",
            "short-lifecycle");

    private ImageOsCatalogLoader() {
    }

    /** The catalog shipped with cct-lint. A broken bundled file is a build defect: it throws. */
    public static ImageOsCatalog bundled() {
        try (InputStream in = ImageOsCatalogLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            SourceText.Result text = SourceText.decode(BUNDLED, in.readAllBytes());
            if (text.problem() != null) {
                throw new IllegalArgumentException(BUNDLED + ": not UTF-8");
            }
            return read(text.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and validates a catalog. */
    public static ImageOsCatalog read(SourceText source) {
        SafeYaml.Result yaml = SafeYaml.load(source);
        if (yaml.problem() != null || yaml.documents().size() != 1) {
            throw defect(source, yaml.problem() == null ? 0 : yaml.problem().line(), "one YAML document expected");
        }
        Node root = yaml.documents().get(0);
        String asOf = SafeYaml.string(root, "asOf").orElseThrow(() -> defect(source, 1, "asOf is missing"));
        Map<String, OsLine> lines = new LinkedHashMap<>();
        Node linesNode = SafeYaml.get(root, "lines").orElseThrow(() -> defect(source, 1, "lines is missing"));
        for (NodeTuple entry : SafeYaml.entries(linesNode)) {
            String id = SafeYaml.scalar(entry.getKeyNode()).orElseThrow();
            lines.put(id, line(source, id, entry.getValueNode()));
        }
        List<ImageOsCatalog.Rule> rules = new ArrayList<>();
        for (Node item : SafeYaml.items(SafeYaml.get(root, "rules").orElseThrow(() -> defect(source, 1,
                "rules is missing")))) {
            String line = SafeYaml.string(item, "line").orElseThrow(() -> defect(source, SafeYaml.line(item),
                    "a rule needs a line"));
            if (!lines.containsKey(line)) {
                throw defect(source, SafeYaml.line(item), "unknown line " + line);
            }
            boolean knownOnly = SafeYaml.string(item, "knownOnly").map("true"::equalsIgnoreCase).orElse(false);
            rules.add(new ImageOsCatalog.Rule(pattern(source, item), line, knownOnly, SafeYaml.line(item)));
        }
        List<ImagePattern> nonRoot = new ArrayList<>();
        for (Node item : SafeYaml.items(SafeYaml.get(root, "nonRootImages").orElse(null))) {
            nonRoot.add(pattern(source, item));
        }
        return new ImageOsCatalog(asOf, lines, rules, nonRoot);
    }

    private static OsLine line(SourceText source, String id, Node node) {
        int at = SafeYaml.line(node);
        String name = SafeYaml.string(node, "name").filter(s -> !s.isBlank())
                .orElseThrow(() -> defect(source, at, "line " + id + " needs a name"));
        String verdictText = SafeYaml.string(node, "verdict")
                .orElseThrow(() -> defect(source, at, "line " + id + " needs a verdict"));
        OsLine.Verdict verdict;
        try {
            verdict = OsLine.Verdict.valueOf(verdictText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw defect(source, at, "line " + id + ": verdict is pass, fail or unknown, not " + verdictText);
        }
        String reason = SafeYaml.string(node, "reason").orElse(null);
        String instead = SafeYaml.string(node, "instead").orElse(null);
        if (verdict == OsLine.Verdict.FAIL && (reason == null || !REASONS.contains(reason) || instead == null)) {
            throw defect(source, at, "failing line " + id + " needs a reason among " + REASONS + " and an instead");
        }
        return new OsLine(id, name, verdict, reason, instead);
    }

    private static ImagePattern pattern(SourceText source, Node item) {
        int at = SafeYaml.line(item);
        List<String> globs = new ArrayList<>();
        for (Node glob : SafeYaml.items(SafeYaml.get(item, "images").orElse(null))) {
            if (!(glob instanceof ScalarNode s) || s.getValue().isBlank()) {
                throw defect(source, SafeYaml.line(glob), "images are non-blank strings");
            }
            globs.add(s.getValue().strip().toLowerCase(Locale.ROOT));
        }
        if (globs.isEmpty()) {
            throw defect(source, at, "an entry needs images");
        }
        Pattern tag = null;
        String tagText = SafeYaml.string(item, "tag").orElse(null);
        if (tagText != null) {
            try {
                tag = Pattern.compile(tagText);
            } catch (PatternSyntaxException e) {
                throw defect(source, at, "invalid tag expression " + tagText + ": " + e.getDescription());
            }
        }
        return new ImagePattern(globs, tag);
    }

    private static IllegalArgumentException defect(SourceText source, int line, String what) {
        return new IllegalArgumentException(source.path() + ":" + line + ": " + what);
    }
}
