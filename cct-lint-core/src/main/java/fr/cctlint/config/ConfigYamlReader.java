package fr.cctlint.config;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import fr.cctlint.referential.NameNormalizer;
import java.nio.file.FileSystems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns the node tree of one policy file into a {@link ProjectConfig}, collecting every problem with its line
 * instead of stopping at the first. Only the structure the format defines is walked (unknown keys are reported,
 * not entered), so no input can make the walk long. One instance reads one file.
 */
final class ConfigYamlReader {

    static final String NEW_PROJECT = "newProject";
    static final String CLOUD_NATIVE = "cloudNative";
    static final String REFERENTIALS = "referentials";
    static final String EXCLUDE = "exclude";
    static final String SCOPES = "scopes";
    static final String SEVERITY = "severity";
    static final String EMBEDDED = "embedded";
    static final String WAIVERS = "waivers";
    static final List<String> TOP_KEYS =
            List.of(NEW_PROJECT, CLOUD_NATIVE, REFERENTIALS, EXCLUDE, SCOPES, SEVERITY, EMBEDDED, WAIVERS);
    static final List<String> SCOPE_KEYS = List.of("dev", "test");
    static final List<String> GUARANTEES = List.of("installationIntegrated", "updatesIntegrated",
            "noOperatorSkills", "noSpecificMaintenance", "securityAssessed");
    static final List<String> EMBEDDED_KEYS = concat(List.of("component"), GUARANTEES,
            List.of("owner", "justification"));
    static final List<String> WAIVER_KEYS =
            List.of("rule", "component", "path", "reason", "approvedBy", "approved", "expires");
    /** Severity values, in the file's vocabulary. */
    static final List<String> SEVERITIES = List.of("error", "warning", "note", "none");

    /** Tags a plain or quoted scalar may carry once resolved; any other (explicit) tag is refused. */
    private static final Set<Tag> SCALAR_TAGS = Set.of(Tag.STR, Tag.BOOL, Tag.INT, Tag.FLOAT, Tag.NULL, Tag.TIMESTAMP);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** What a value is, for type checks and messages. */
    enum Kind {
        TEXT, BOOLEAN, NUMBER, DATE, NOTHING, LIST, MAPPING, REFUSED;

        Message describe() {
            return Message.of("config.kind." + name().toLowerCase(Locale.ROOT));
        }
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    ConfigYamlReader(String file) {
        this.file = file;
    }

    static ProjectConfig empty(String file) {
        return new ProjectConfig(file, null, null, List.of(), List.of(), false, false, Map.of(), List.of(),
                List.of());
    }

    /** The configuration of a document (null: an empty file). */
    ConfigResult read(Node root) {
        if (root == null || kind(root) == Kind.NOTHING) {
            return new ConfigResult(empty(file), List.of());
        }
        if (!(root instanceof MappingNode top) || kind(root) != Kind.MAPPING) {
            Kind kind = kind(root);
            problems.add(new Problem(file, line(root), column(root), kind == Kind.REFUSED ? refusal(root, "")
                    : Message.of("config.load.topNotMapping", kind.describe()), true));
            return new ConfigResult(empty(file), problems);
        }
        Map<String, NodeTuple> keys = keys(top, TOP_KEYS, "");
        Boolean newProject = bool(keys, NEW_PROJECT, NEW_PROJECT);
        Boolean cloudNative = bool(keys, CLOUD_NATIVE, CLOUD_NATIVE);
        List<String> referentials = textItems(keys, REFERENTIALS).stream().map(n -> n.getValue().strip()).toList();
        List<String> exclude = globs(textItems(keys, EXCLUDE));
        boolean includeDev = false;
        boolean includeTest = false;
        MappingNode scopes = mapping(keys, SCOPES, SCOPES);
        if (scopes != null) {
            Map<String, NodeTuple> scopeKeys = keys(scopes, SCOPE_KEYS, SCOPES);
            includeDev = Boolean.TRUE.equals(bool(scopeKeys, "dev", SCOPES + ".dev"));
            includeTest = Boolean.TRUE.equals(bool(scopeKeys, "test", SCOPES + ".test"));
        }
        Map<Rule, Severity> severity = severities(mapping(keys, SEVERITY, SEVERITY));
        List<EmbeddedDeclaration> embedded = new ArrayList<>();
        for (MappingNode item : items(keys, EMBEDDED)) {
            declaration(item).ifPresent(embedded::add);
        }
        List<Waiver> waivers = new ArrayList<>();
        for (MappingNode item : items(keys, WAIVERS)) {
            waiver(item).ifPresent(waivers::add);
        }
        ProjectConfig config = new ProjectConfig(file, newProject, cloudNative, referentials, exclude, includeDev,
                includeTest, severity, embedded, waivers);
        return new ConfigResult(config, problems);
    }

    // ---- sections

    private Map<Rule, Severity> severities(MappingNode map) {
        if (map == null) {
            return Map.of();
        }
        Map<Rule, Severity> result = new EnumMap<>(Rule.class);
        List<String> ids = Arrays.stream(Rule.values()).map(Rule::id).toList();
        for (Map.Entry<String, NodeTuple> e : keys(map, null, SEVERITY).entrySet()) {
            Optional<Rule> rule = ids.contains(e.getKey()) ? Rule.byId(e.getKey()) : Optional.empty();
            if (rule.isEmpty()) {
                Node keyNode = e.getValue().getKeyNode();
                problem(keyNode, Message.of("config.load.unknownRule", SEVERITY, e.getKey(), String.join(", ", ids)));
                continue;
            }
            String where = SEVERITY + "." + e.getKey();
            Node value = e.getValue().getValueNode();
            Kind kind = kind(value);
            String text = scalarText(value);
            if (kind == Kind.REFUSED) {
                wrongType(value, where, "config.kind.severity");
                continue;
            }
            if (kind != Kind.TEXT || !SEVERITIES.contains(text)) {
                problem(value, Message.of("config.load.badSeverity", where, text == null ? kind.describe() : text,
                        String.join(", ", SEVERITIES)));
                continue;
            }
            result.put(rule.get(), Severity.parse(text));
        }
        return result;
    }

    private Optional<EmbeddedDeclaration> declaration(MappingNode item) {
        String where = EMBEDDED + "[]";
        Map<String, NodeTuple> keys = keys(item, EMBEDDED_KEYS, where);
        String component = selector(keys, item, where);
        List<Boolean> guarantees = new ArrayList<>();
        for (String guarantee : GUARANTEES) {
            guarantees.add(bool(keys, guarantee, where + "." + guarantee));
        }
        String owner = string(keys, "owner", where);
        String justification = string(keys, "justification", where);
        if (component == null) {
            return Optional.empty();
        }
        return Optional.of(new EmbeddedDeclaration(component, guarantees.get(0), guarantees.get(1),
                guarantees.get(2), guarantees.get(3), guarantees.get(4), owner, justification,
                new Evidence(file, line(item), "component: " + component)));
    }

    private Optional<Waiver> waiver(MappingNode item) {
        String where = WAIVERS + "[]";
        Map<String, NodeTuple> keys = keys(item, WAIVER_KEYS, where);
        String rule = string(keys, "rule", where);
        boolean ruleOk = false;
        if (rule == null || rule.isBlank()) {
            if (!keys.containsKey("rule") || kind(keys.get("rule").getValueNode()) == Kind.NOTHING
                    || kind(keys.get("rule").getValueNode()) == Kind.TEXT) {
                problem(item, Message.of("config.load.missingKey", where, "rule"));
            }
        } else if (Arrays.stream(Rule.values()).noneMatch(r -> r.id().equals(rule.strip()))) {
            problem(keys.get("rule").getValueNode(), Message.of("config.load.unknownRule", where + ".rule", rule,
                    String.join(", ", Arrays.stream(Rule.values()).map(Rule::id).toList())));
        } else {
            ruleOk = true;
        }
        String path = keys.containsKey("path") ? glob(keys, where) : null;
        String component = keys.containsKey("component") || path == null ? selector(keys, item, where) : null;
        String reason = string(keys, "reason", where);
        String approvedBy = string(keys, "approvedBy", where);
        Optional<LocalDate> approved = date(keys, "approved", where);
        Optional<LocalDate> expires = date(keys, "expires", where);
        boolean expiresUnreadable = keys.containsKey("expires") && expires.isEmpty()
                && kind(keys.get("expires").getValueNode()) != Kind.NOTHING;
        boolean pathUnreadable = keys.containsKey("path") && path == null;
        boolean componentUnreadable = keys.containsKey("component") && component == null;
        if (!ruleOk || (component == null && path == null) || pathUnreadable || componentUnreadable
                || expiresUnreadable) {
            return Optional.empty();
        }
        String quoted = "rule: " + rule.strip() + (component != null ? ", component: " + component : "")
                + (path != null ? ", path: " + path : "");
        return Optional.of(new Waiver(rule.strip(), component, reason, approvedBy, approved.orElse(null),
                expires.orElse(null), new Evidence(file, line(item), quoted), path));
    }

    /** A waiver's {@code path}: a glob of files relative to the scanned root; null when unusable. */
    private String glob(Map<String, NodeTuple> keys, String where) {
        String path = string(keys, "path", where + ".path");
        if (path == null || path.isBlank()) {
            if (path != null) {
                problem(keys.get("path").getValueNode(), Message.of("config.load.missingKey", where, "path"));
            }
            return null;
        }
        List<String> checked = globs(List.of((ScalarNode) keys.get("path").getValueNode()));
        return checked.isEmpty() ? null : checked.get(0);
    }

    /** The required {@code component} of a list item, checked as a selector; null when unusable. */
    private String selector(Map<String, NodeTuple> keys, MappingNode item, String where) {
        String component = string(keys, "component", where);
        if (component == null || component.isBlank()) {
            NodeTuple tuple = keys.get("component");
            if (tuple == null || kind(tuple.getValueNode()) == Kind.NOTHING
                    || kind(tuple.getValueNode()) == Kind.TEXT) {
                problem(item, Message.of("config.load.missingKey", where, "component"));
            }
            return null;
        }
        Optional<Message> invalid = ComponentSelectors.problem(component);
        if (invalid.isPresent()) {
            problem(keys.get("component").getValueNode(), Message.of("config.load.badComponent", where + ".component",
                    invalid.get()));
            return null;
        }
        return component.strip();
    }

    /** The exclude globs; one the JDK's glob syntax refuses is reported and left out. */
    private List<String> globs(List<ScalarNode> items) {
        List<String> result = new ArrayList<>();
        for (ScalarNode item : items) {
            String glob = item.getValue().strip();
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
                result.add(glob);
            } catch (IllegalArgumentException e) {
                problem(item, Message.of("config.load.badGlob", glob, String.valueOf(e.getMessage())));
            }
        }
        return result;
    }

    // ---- typed access with positions

    /** The keys of a mapping, each once; reports unknown (when {@code allowed} is not null) and duplicate keys. */
    private Map<String, NodeTuple> keys(MappingNode map, List<String> allowed, String where) {
        Map<String, NodeTuple> result = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (kind(keyNode) != Kind.TEXT) {
                problem(keyNode, kind(keyNode) == Kind.REFUSED ? refusal(keyNode, where)
                        : Message.of("config.load.badKey", place(where), kind(keyNode).describe()));
                continue;
            }
            String key = ((ScalarNode) keyNode).getValue();
            if (allowed != null && !allowed.contains(key)) {
                problem(keyNode, unknownKey(key, where, allowed));
                continue;
            }
            if (result.containsKey(key)) {
                problem(keyNode, Message.of("config.load.duplicateKey", key, place(where),
                        String.valueOf(line(result.get(key).getKeyNode()))));
                continue;
            }
            result.put(key, tuple);
        }
        return result;
    }

    private static Message unknownKey(String key, String where, List<String> allowed) {
        String folded = NameNormalizer.normalize(key);
        Optional<String> near = allowed.stream().filter(k -> NameNormalizer.normalize(k).equals(folded)).findFirst();
        String expected = String.join(", ", allowed);
        return near.map(k -> Message.of("config.load.unknownKeyNear", key, place(where), k, expected))
                .orElseGet(() -> Message.of("config.load.unknownKey", key, place(where), expected));
    }

    private static Message place(String where) {
        return where.isEmpty() ? Message.of("config.place.top") : Message.of("config.place.key", where);
    }

    private Boolean bool(Map<String, NodeTuple> keys, String key, String where) {
        Node node = value(keys, key);
        if (node == null) {
            return null;
        }
        return switch (kind(node)) {
            case NOTHING -> null;
            case BOOLEAN -> switch (((ScalarNode) node).getValue().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> Boolean.TRUE;
                case "false", "no", "off" -> Boolean.FALSE;
                default -> {
                    wrongType(node, where, "config.kind.boolean");
                    yield null;
                }
            };
            default -> {
                wrongType(node, where, "config.kind.boolean");
                yield null;
            }
        };
    }

    private String string(Map<String, NodeTuple> keys, String key, String where) {
        Node node = value(keys, key);
        if (node == null) {
            return null;
        }
        return switch (kind(node)) {
            case NOTHING -> null;
            case TEXT, DATE -> ((ScalarNode) node).getValue();
            default -> {
                wrongType(node, where + "." + key, "config.kind.text");
                yield null;
            }
        };
    }

    private Optional<LocalDate> date(Map<String, NodeTuple> keys, String key, String where) {
        Node node = value(keys, key);
        if (node == null) {
            return Optional.empty();
        }
        Kind kind = kind(node);
        if (kind == Kind.NOTHING) {
            return Optional.empty();
        }
        if (kind != Kind.TEXT && kind != Kind.DATE) {
            wrongType(node, where + "." + key, "config.kind.date");
            return Optional.empty();
        }
        String text = ((ScalarNode) node).getValue().strip();
        if (DATE.matcher(text).matches()) {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problem(node, Message.of("config.load.badDate", where + "." + key, text));
        return Optional.empty();
    }

    /** The non-blank text items of a top-level list; bad items are reported and left out. */
    private List<ScalarNode> textItems(Map<String, NodeTuple> keys, String key) {
        SequenceNode seq = sequence(keys, key);
        if (seq == null) {
            return List.of();
        }
        List<ScalarNode> result = new ArrayList<>();
        for (Node item : seq.getValue()) {
            Kind kind = kind(item);
            if ((kind == Kind.TEXT || kind == Kind.DATE) && !((ScalarNode) item).getValue().isBlank()) {
                result.add((ScalarNode) item);
            } else if (kind == Kind.TEXT) {
                problem(item, Message.of("config.load.blank", key + "[]"));
            } else {
                wrongType(item, key + "[]", "config.kind.text");
            }
        }
        return result;
    }

    /** The mapping items of a top-level list; items that are not mappings are reported. */
    private List<MappingNode> items(Map<String, NodeTuple> keys, String key) {
        SequenceNode seq = sequence(keys, key);
        if (seq == null) {
            return List.of();
        }
        List<MappingNode> result = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (kind(item) == Kind.MAPPING) {
                result.add((MappingNode) item);
            } else {
                wrongType(item, key + "[]", "config.kind.mapping");
            }
        }
        return result;
    }

    private SequenceNode sequence(Map<String, NodeTuple> keys, String key) {
        Node node = value(keys, key);
        if (node == null || kind(node) == Kind.NOTHING) {
            return null;
        }
        if (kind(node) == Kind.LIST) {
            return (SequenceNode) node;
        }
        wrongType(node, key, "config.kind.list");
        return null;
    }

    private MappingNode mapping(Map<String, NodeTuple> keys, String key, String where) {
        Node node = value(keys, key);
        if (node == null || kind(node) == Kind.NOTHING) {
            return null;
        }
        if (kind(node) == Kind.MAPPING) {
            return (MappingNode) node;
        }
        wrongType(node, where, "config.kind.mapping");
        return null;
    }

    /** The value node of a key, or null. */
    private Node value(Map<String, NodeTuple> keys, String key) {
        NodeTuple tuple = keys.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    /** What a node is; anchored/aliased nodes and explicit foreign tags are {@link Kind#REFUSED}. */
    private Kind kind(Node node) {
        if (node.getAnchor() != null) {
            return Kind.REFUSED;
        }
        if (node instanceof MappingNode) {
            return Tag.MAP.equals(node.getTag()) ? Kind.MAPPING : Kind.REFUSED;
        }
        if (node instanceof SequenceNode) {
            return Tag.SEQ.equals(node.getTag()) ? Kind.LIST : Kind.REFUSED;
        }
        if (!(node instanceof ScalarNode) || !SCALAR_TAGS.contains(node.getTag())) {
            return Kind.REFUSED;
        }
        Tag tag = node.getTag();
        if (Tag.STR.equals(tag)) {
            return Kind.TEXT;
        }
        if (Tag.BOOL.equals(tag)) {
            return Kind.BOOLEAN;
        }
        if (Tag.NULL.equals(tag)) {
            return Kind.NOTHING;
        }
        if (Tag.TIMESTAMP.equals(tag)) {
            return Kind.DATE;
        }
        return Kind.NUMBER;
    }

    private void wrongType(Node node, String where, String expectedKey) {
        Kind kind = kind(node);
        if (kind == Kind.REFUSED) {
            if (visit(node)) {
                problem(node, refusal(node, where));
            }
            return;
        }
        String text = scalarText(node);
        Message found = text == null || kind == Kind.NOTHING ? kind.describe()
                : Message.of("config.load.found", kind.describe(), text);
        problem(node, Message.of("config.load.wrongType", where, Message.of(expectedKey), found));
    }

    /** Why a node is refused: an anchor or alias, or an explicit tag. */
    private static Message refusal(Node node, String where) {
        if (node.getAnchor() != null) {
            return Message.of("config.load.anchor", node.getAnchor());
        }
        return Message.of("config.load.tag", place(where), node.getTag().getValue());
    }

    /** True the first time a node is met: an aliased node is reported once, not once per alias. */
    private boolean visit(Node node) {
        return seen.add(node);
    }

    private static String scalarText(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private void problem(Node node, Message message) {
        problems.add(new Problem(file, line(node), column(node), message, false));
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static int column(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
