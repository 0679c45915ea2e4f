package fr.cctlint.referential;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads the text of one referential file through SnakeYAML's node API ({@link Yaml#compose}), so that every
 * problem names its line. Collects all problems instead of stopping at the first. Refuses anchors and aliases.
 * One instance reads one file.
 */
final class ReferentialYamlReader {

    static final Set<String> TOP_KEYS = Set.of("provenance", "statuses", "products", "selectors");
    static final List<String> PROVENANCE_KEYS =
            List.of("id", "title", "source", "revision", "date", "licence", "attribution");
    static final List<String> STATUS_KEYS = List.of("labelEn", "labelFr", "rule", "severity", "newProjectSeverity");
    static final List<String> SELECTOR_KEYS = List.of("purls", "cpes", "names", "images", "osPackages");
    static final List<String> PRODUCT_KEYS = concat(List.of("ref", "name", "supplier", "part", "chapter",
            "openSource", "supportLL", "version", "constraint", "status", "comment", "change"), SELECTOR_KEYS);
    static final List<String> ENTRY_KEYS = concat(List.of("refs"), SELECTOR_KEYS);
    static final List<String> CHANGES = List.of("unchanged", "new", "updated");

    private final String file;
    private final int maxCodePoints;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final PublishedVersionParser versionParser = new PublishedVersionParser();

    ReferentialYamlReader(String file, int maxCodePoints) {
        this.file = file;
        this.maxCodePoints = maxCodePoints;
    }

    ReferentialDocument read(String text) {
        Node root;
        try {
            root = yaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problem(mark == null ? 0 : mark.getLine() + 1, syntaxMessage(e), true);
            return ReferentialDocument.failed(file, problems);
        } catch (YAMLException e) {
            problem(0, syntaxMessage(e), true);
            return ReferentialDocument.failed(file, problems);
        }
        if (root == null || isNull(root)) {
            problem(1, Message.of("referential.load.empty"), true);
            return ReferentialDocument.failed(file, problems);
        }
        MappingNode top = mapping(root, "the file");
        if (top == null) {
            return ReferentialDocument.failed(file, problems);
        }
        Map<String, NodeTuple> keys = keys(top, TOP_KEYS, "the file");
        if (keys.isEmpty()) {
            problem(line(top), Message.of("referential.load.noContent"), true);
        }
        Provenance provenance = keys.containsKey("provenance") ? provenance(keys.get("provenance").getValueNode())
                : null;
        Map<String, StatusDefinition> statuses = keys.containsKey("statuses")
                ? statuses(keys.get("statuses").getValueNode()) : Map.of();
        List<Product> products = keys.containsKey("products") ? products(keys.get("products").getValueNode())
                : List.of();
        List<SelectorEntry> entries = keys.containsKey("selectors")
                ? selectorEntries(keys.get("selectors").getValueNode()) : List.of();
        return new ReferentialDocument(file, provenance, statuses, products, entries, problems);
    }

    private Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(5);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(maxCodePoints);
        options.setProcessComments(false);
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options);
    }

    private static Message syntaxMessage(YAMLException e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (text.contains("aliases")) {
            return Message.of("referential.load.aliases");
        }
        if (text.contains("code points")) {
            return Message.of("referential.load.tooManyCodePoints");
        }
        String problem = e instanceof MarkedYAMLException m && m.getProblem() != null ? m.getProblem() : text;
        return Message.of("referential.load.syntax", problem.strip());
    }

    // ---- sections

    private Provenance provenance(Node node) {
        MappingNode map = mapping(node, "provenance");
        if (map == null) {
            return null;
        }
        Map<String, NodeTuple> keys = keys(map, PROVENANCE_KEYS, "provenance");
        String id = string(keys, "id");
        if (id == null || id.isBlank()) {
            missing(map, "provenance", "id");
        }
        String date = string(keys, "date");
        if (date != null && !date.isBlank()) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problem(line(keys.get("date").getValueNode()), Message.of("referential.load.badDate", date), false);
            }
        }
        return new Provenance(id, string(keys, "title"), string(keys, "source"), string(keys, "revision"), date,
                string(keys, "licence"), string(keys, "attribution"));
    }

    private Map<String, StatusDefinition> statuses(Node node) {
        MappingNode map = mapping(node, "statuses");
        if (map == null) {
            return Map.of();
        }
        Map<String, StatusDefinition> result = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> e : keys(map, null, "statuses").entrySet()) {
            String letter = e.getKey();
            String where = "statuses." + letter;
            MappingNode def = mapping(e.getValue().getValueNode(), where);
            if (def == null) {
                continue;
            }
            Map<String, NodeTuple> keys = keys(def, STATUS_KEYS, where);
            String labelEn = required(keys, def, where, "labelEn");
            String labelFr = required(keys, def, where, "labelFr");
            String rule = string(keys, "rule");
            if (rule != null && !rule.isBlank() && Rule.byId(rule).isEmpty()) {
                problem(line(keys.get("rule").getValueNode()), Message.of("referential.load.badRule", rule), false);
            }
            Severity severity = severity(keys, "severity");
            if (severity == null && !keys.containsKey("severity")) {
                missing(def, where, "severity");
            }
            Severity newProject = severity(keys, "newProjectSeverity");
            result.put(letter, new StatusDefinition(letter, labelEn, labelFr,
                    rule == null || rule.isBlank() ? null : rule.strip().toUpperCase(Locale.ROOT),
                    severity == null ? Severity.NONE : severity, newProject));
        }
        return result;
    }

    private List<Product> products(Node node) {
        SequenceNode seq = sequence(node, "products");
        if (seq == null) {
            return List.of();
        }
        List<Product> result = new ArrayList<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (Node item : seq.getValue()) {
            MappingNode map = mapping(item, "products[]");
            if (map == null) {
                continue;
            }
            Product p = product(map, firstLine);
            if (p != null) {
                result.add(p);
            }
        }
        return result;
    }

    /** One row; null when it cannot be used (its problems are reported). A second row with the same ref too. */
    private Product product(MappingNode map, Map<String, Integer> firstLine) {
        Map<String, NodeTuple> keys = keys(map, PRODUCT_KEYS, "products[]");
        String ref = required(keys, map, "products[]", "ref");
        boolean duplicate = false;
        if (ref != null) {
            Integer previous = firstLine.putIfAbsent(ref.toUpperCase(Locale.ROOT), line(map));
            if (previous != null) {
                problem(line(map), Message.of("referential.load.duplicateRef", ref, String.valueOf(previous)), false);
                duplicate = true;
            }
        }
        String where = ref == null ? "products[]" : ref;
        String name = required(keys, map, where, "name");
        String status = required(keys, map, where, "status");
        String versionText = orEmpty(string(keys, "version"));
        VersionConstraint constraint = constraint(keys, versionText, where);
        boolean openSource = bool(keys, "openSource");
        boolean supportLL = bool(keys, "supportLL");
        String change = string(keys, "change");
        if (change != null && !CHANGES.contains(change)) {
            problem(line(keys.get("change").getValueNode()),
                    Message.of("referential.load.badChange", change, String.join(", ", CHANGES)), false);
        }
        Selectors selectors = selectors(keys, where);
        if (duplicate || ref == null || name == null || status == null || constraint == null) {
            return null;
        }
        return new Product(ref, name, orEmpty(string(keys, "supplier")), string(keys, "part"),
                string(keys, "chapter"), openSource, supportLL, versionText, constraint, status,
                orEmpty(string(keys, "comment")), change, selectors, new Evidence(file, line(map), "ref: " + ref));
    }

    private VersionConstraint constraint(Map<String, NodeTuple> keys, String versionText, String where) {
        String expression = string(keys, "constraint");
        if (expression != null) {
            var parsed = VersionConstraints.tryParse(expression);
            if (parsed.isEmpty()) {
                problem(line(keys.get("constraint").getValueNode()),
                        Message.of("referential.load.badConstraint", expression, where), false);
                return null;
            }
            return parsed.get();
        }
        PublishedVersion published = versionParser.parse(versionText);
        if (!published.readable()) {
            problem(line(keys.get("version").getValueNode()),
                    Message.of("referential.load.unreadableVersion", versionText, where), false);
            return null;
        }
        return published.constraint();
    }

    private List<SelectorEntry> selectorEntries(Node node) {
        SequenceNode seq = sequence(node, "selectors");
        if (seq == null) {
            return List.of();
        }
        List<SelectorEntry> result = new ArrayList<>();
        for (Node item : seq.getValue()) {
            MappingNode map = mapping(item, "selectors[]");
            if (map == null) {
                continue;
            }
            Map<String, NodeTuple> keys = keys(map, ENTRY_KEYS, "selectors[]");
            List<String> refs = keys.containsKey("refs") ? strings(keys.get("refs").getValueNode(), "refs")
                    : List.of();
            if (refs.isEmpty()) {
                problem(line(map), Message.of("referential.load.emptyRefs"), false);
                continue;
            }
            Selectors selectors = selectors(keys, "selectors[]");
            result.add(new SelectorEntry(refs, selectors, new Evidence(file, line(map), "refs: " + refs)));
        }
        return result;
    }

    private Selectors selectors(Map<String, NodeTuple> keys, String where) {
        List<String> purls = list(keys, "purls", where);
        List<String> names = list(keys, "names", where);
        List<String> images = list(keys, "images", where);
        List<String> osPackages = list(keys, "osPackages", where);
        List<CpeSelector> cpes = new ArrayList<>();
        if (keys.containsKey("cpes")) {
            SequenceNode seq = sequence(keys.get("cpes").getValueNode(), where + ".cpes");
            if (seq != null) {
                for (Node item : seq.getValue()) {
                    MappingNode map = mapping(item, where + ".cpes[]");
                    if (map == null) {
                        continue;
                    }
                    Map<String, NodeTuple> cpeKeys = keys(map, List.of("vendor", "product"), where + ".cpes[]");
                    String vendor = required(cpeKeys, map, where + ".cpes[]", "vendor");
                    String product = required(cpeKeys, map, where + ".cpes[]", "product");
                    if (vendor != null && product != null) {
                        cpes.add(new CpeSelector(vendor.strip().toLowerCase(Locale.ROOT),
                                product.strip().toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
        return new Selectors(purls, cpes, names, images, osPackages);
    }

    // ---- typed access with positions

    /** The keys of a mapping, each once; reports unknown (when {@code allowed} is not null) and duplicate keys. */
    private Map<String, NodeTuple> keys(MappingNode map, java.util.Collection<String> allowed, String where) {
        Map<String, NodeTuple> result = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                problem(line(keyNode), Message.of("referential.load.notScalar", where + " key"), false);
                continue;
            }
            String key = scalar.getValue();
            if (allowed != null && !allowed.contains(key)) {
                problem(line(keyNode), Message.of("referential.load.unknownKey", key, where,
                        String.join(", ", allowed.stream().sorted().toList())), false);
                continue;
            }
            if (result.containsKey(key)) {
                problem(line(keyNode), Message.of("referential.load.duplicateKey", key,
                        String.valueOf(line(result.get(key).getKeyNode()))), false);
                continue;
            }
            result.put(key, tuple);
        }
        return result;
    }

    /** Refuses a node met twice (an alias) so that no alias can multiply the work. */
    private boolean visit(Node node) {
        if (node.getAnchor() != null || !seen.add(node)) {
            problem(line(node), Message.of("referential.load.aliases"), false);
            return false;
        }
        return true;
    }

    private MappingNode mapping(Node node, String where) {
        if (node instanceof MappingNode map) {
            return visit(map) ? map : null;
        }
        problem(line(node), Message.of("referential.load.notMapping", where), false);
        return null;
    }

    private SequenceNode sequence(Node node, String where) {
        if (node instanceof SequenceNode seq) {
            return visit(seq) ? seq : null;
        }
        if (isNull(node)) {
            return new SequenceNode(Tag.SEQ, true, List.of(), node.getStartMark(), node.getEndMark(),
                    DumperOptions.FlowStyle.BLOCK);
        }
        problem(line(node), Message.of("referential.load.notList", where), false);
        return null;
    }

    private String string(Map<String, NodeTuple> keys, String key) {
        NodeTuple tuple = keys.get(key);
        if (tuple == null) {
            return null;
        }
        Node node = tuple.getValueNode();
        if (isNull(node)) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return visit(scalar) ? scalar.getValue() : null;
        }
        problem(line(node), Message.of("referential.load.notScalar", key), false);
        return null;
    }

    private String required(Map<String, NodeTuple> keys, MappingNode map, String where, String key) {
        String value = string(keys, key);
        if (value == null || value.isBlank()) {
            if (!keys.containsKey(key) || isNull(keys.get(key).getValueNode())
                    || keys.get(key).getValueNode() instanceof ScalarNode) {
                missing(map, where, key);
            }
            return null;
        }
        return value.strip();
    }

    private boolean bool(Map<String, NodeTuple> keys, String key) {
        String value = string(keys, key);
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problem(line(keys.get(key).getValueNode()), Message.of("referential.load.notBoolean", key, value),
                        false);
                yield false;
            }
        };
    }

    private Severity severity(Map<String, NodeTuple> keys, String key) {
        String value = string(keys, key);
        if (value == null) {
            return null;
        }
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            problem(line(keys.get(key).getValueNode()), Message.of("referential.load.badSeverity", value), false);
            return null;
        }
    }

    private List<String> list(Map<String, NodeTuple> keys, String key, String where) {
        return keys.containsKey(key) ? strings(keys.get(key).getValueNode(), where + "." + key) : List.of();
    }

    private List<String> strings(Node node, String where) {
        SequenceNode seq = sequence(node, where);
        if (seq == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode scalar && !isNull(item) && !scalar.getValue().isBlank()) {
                if (visit(scalar)) {
                    result.add(scalar.getValue().strip());
                }
            } else {
                problem(line(item), Message.of("referential.load.notScalar", where + "[]"), false);
            }
        }
        return result;
    }

    private void missing(Node node, String where, String key) {
        problem(line(node), Message.of("referential.load.missingKey", where, key), false);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private void problem(int line, Message message, boolean fatal) {
        problems.add(new Problem(file, line, 0, message, fatal));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
