package fr.cctlint.collect.maven;

import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import fr.cctlint.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the managed versions knowledge ({@code cct-rules/knowledge/managed-versions.yaml}) with {@link SafeYaml} (no
 * types, bounded aliases and size; duplicate keys refused). Every error names the line: unknown keys, a BOM without
 * lines, a line that is not major.minor or is given twice, an entry without versions, a pattern that is not
 * {@code groupId:artifactId} (a {@code *} globs within the artifactId only), a version that is not a number line
 * nor {@code none}.
 */
public final class ManagedVersionsLoader {
    public static final String BUNDLED = "cct-rules/knowledge/managed-versions.yaml";

    private static final Set<String> TOP_KEYS = Set.of("boms");
    private static final Set<String> BOM_KEYS = Set.of("bom", "also", "ownVersion", "lines");
    private static final Set<String> LINE_KEYS = Set.of("line", "versions", "note");
    private static final Pattern COORDINATES = Pattern.compile("[A-Za-z0-9_.\\-]+:[A-Za-z0-9_.\\-]+");
    private static final Pattern ARTIFACT_PATTERN = Pattern.compile("[A-Za-z0-9_.\\-]+:[A-Za-z0-9_.\\-*]+");
    private static final Pattern LINE = Pattern.compile("\\d{1,9}\\.\\d{1,9}");
    private static final Pattern VERSION = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,3}");

    private final String file;

    private ManagedVersionsLoader(String file) {
        this.file = file;
    }

    /** The data shipped with cct-lint. A broken bundled file is a build defect: it throws. */
    public static ManagedVersions bundled() {
        try (InputStream in = ManagedVersionsLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            return read(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a managed versions file.
     *
     * @param file the file's name, for messages
     * @throws IllegalArgumentException when it is not valid YAML or breaks the format (the message gives the line)
     */
    public static ManagedVersions read(String file, String text) {
        return new ManagedVersionsLoader(file).read(text);
    }

    private ManagedVersions read(String text) {
        SafeYaml.Result yaml = SafeYaml.load(SourceText.of(file, text));
        Problem problem = yaml.problem();
        if (problem != null) {
            List<Object> args = problem.message().args();
            throw error(problem.line(), "invalid YAML: " + (args.isEmpty() ? "" : String.valueOf(args.get(0))));
        }
        if (yaml.documents().size() != 1) {
            throw error(0, "one YAML document is expected");
        }
        Node root = yaml.documents().get(0);
        keys(root, TOP_KEYS, "the top");
        Node list = SafeYaml.get(root, "boms").orElseThrow(() -> error(SafeYaml.line(root), "'boms' is missing"));
        if (!(list instanceof SequenceNode)) {
            throw error(SafeYaml.line(list), "'boms' must be a list");
        }
        List<ManagedVersions.Bom> boms = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node item : SafeYaml.items(list)) {
            ManagedVersions.Bom bom = bom(item);
            for (String name : concat(bom.bom(), bom.also())) {
                if (!names.add(name)) {
                    throw error(SafeYaml.line(item), "the BOM " + name + " is named twice");
                }
            }
            boms.add(bom);
        }
        return new ManagedVersions(boms);
    }

    private ManagedVersions.Bom bom(Node item) {
        keys(item, BOM_KEYS, "a BOM");
        String bom = coordinates(required(item, "bom"), COORDINATES, "'bom'");
        List<String> also = new ArrayList<>();
        for (Node n : list(item, "also", false)) {
            also.add(coordinates(n, COORDINATES, "'also'"));
        }
        List<String> own = new ArrayList<>();
        for (Node n : list(item, "ownVersion", false)) {
            own.add(coordinates(n, ARTIFACT_PATTERN, "'ownVersion'"));
        }
        List<ManagedVersions.Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node n : list(item, "lines", true)) {
            ManagedVersions.Line line = line(n, own);
            if (!seen.add(line.line())) {
                throw error(SafeYaml.line(n), bom + ": the line " + line.line() + " is given twice");
            }
            lines.add(line);
        }
        return new ManagedVersions.Bom(bom, also, own, lines);
    }

    private ManagedVersions.Line line(Node item, List<String> own) {
        keys(item, LINE_KEYS, "a line");
        Node lineNode = required(item, "line");
        String line = scalar(lineNode, "'line'");
        if (!LINE.matcher(line).matches()) {
            throw error(SafeYaml.line(lineNode), "'line' must be major.minor (3.3): " + line);
        }
        Node versions = required(item, "versions");
        List<NodeTuple> entries = SafeYaml.entries(versions);
        if (entries.isEmpty()) {
            throw error(SafeYaml.line(versions), "line " + line + ": 'versions' must be a non-empty mapping");
        }
        Map<String, String> map = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>(own.stream().map(ManagedVersions::key).toList());
        for (NodeTuple t : entries) {
            String pattern = coordinates(t.getKeyNode(), ARTIFACT_PATTERN, "a pattern of 'versions'");
            if (!keys.add(ManagedVersions.key(pattern))) {
                throw error(SafeYaml.line(t.getKeyNode()), "the pattern " + pattern + " is given twice");
            }
            String version = scalar(t.getValueNode(), "the version of " + pattern);
            if (!version.equals(ManagedVersions.NONE) && !VERSION.matcher(version).matches()) {
                throw error(SafeYaml.line(t.getValueNode()),
                        "the version of " + pattern + " must be a version line (6.1) or 'none': " + version);
            }
            map.put(pattern, version);
        }
        String note = SafeYaml.get(item, "note").map(n -> scalar(n, "'note'")).orElse(null);
        return new ManagedVersions.Line(line, map, note);
    }

    private void keys(Node node, Set<String> allowed, String what) {
        if (SafeYaml.entries(node).isEmpty()) {
            throw error(SafeYaml.line(node), what + " must be a non-empty mapping");
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : SafeYaml.entries(node)) {
            Optional<String> key = SafeYaml.scalar(t.getKeyNode());
            if (key.isEmpty() || !allowed.contains(key.get())) {
                throw error(SafeYaml.line(t.getKeyNode()), "unknown key '" + key.orElse("?") + "' in " + what);
            }
            if (!seen.add(key.get())) {
                throw error(SafeYaml.line(t.getKeyNode()), "the key '" + key.get() + "' is given twice");
            }
        }
    }

    private Node required(Node mapping, String key) {
        return SafeYaml.get(mapping, key)
                .orElseThrow(() -> error(SafeYaml.line(mapping), "'" + key + "' is missing"));
    }

    private List<Node> list(Node mapping, String key, boolean required) {
        Optional<Node> node = SafeYaml.get(mapping, key);
        if (node.isEmpty() && !required) {
            return List.of();
        }
        Node value = node.orElseThrow(() -> error(SafeYaml.line(mapping), "'" + key + "' is missing"));
        if (!(value instanceof SequenceNode) || SafeYaml.items(value).isEmpty()) {
            throw error(SafeYaml.line(value), "'" + key + "' must be a non-empty list");
        }
        return SafeYaml.items(value);
    }

    private String coordinates(Node node, Pattern pattern, String what) {
        String text = scalar(node, what);
        if (!pattern.matcher(text).matches()) {
            throw error(SafeYaml.line(node), what + " must be groupId:artifactId: " + text);
        }
        return text;
    }

    private String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
            throw error(SafeYaml.line(node), what + " must be a text");
        }
        return s.getValue().strip();
    }

    private IllegalArgumentException error(int line, String message) {
        return new IllegalArgumentException(file + ":" + line + ": " + message);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
