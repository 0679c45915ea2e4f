package fr.cctlint.cloudnative.check.capability;

import fr.cctlint.cloudnative.check.support.KnowledgeFiles;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code cct-rules/cloud-native/capabilities.yaml}. Loading is safe (no types constructed, aliases and size
 * bounded, duplicate keys are errors) and strict: an unknown key, a missing list or a malformed pattern is an
 * error naming where it is.
 */
public final class CapabilitiesLoader {
    public static final String BUNDLED = "cct-rules/cloud-native/capabilities.yaml";

    private static final Set<String> TOP_KEYS = Set.of("stacks", "libraries", "lockfiles", "identityConfiguration",
            "workloadKinds", "clusterCommands");
    private static final Set<String> STACK_KEYS = Set.of("id", "name", "frameworks", "advice");
    private static final Set<String> IDENTITY_KEYS = Set.of("files", "propertyPrefixes", "environmentPrefixes");
    private static final Set<String> COMMAND_KEYS = Set.of("tools", "valueFlags", "changing", "readOnlySubcommands",
            "dryRunFlags", "gitOps");

    private CapabilitiesLoader() {
    }

    /** The capabilities shipped with cct-lint. A broken bundled file is a build defect: it throws. */
    public static Capabilities bundled() {
        return KnowledgeFiles.bundled(BUNDLED, CapabilitiesLoader::read);
    }

    /**
     * Reads a capabilities file.
     *
     * @throws IllegalArgumentException when it is not valid YAML or breaks the format (the message says where)
     */
    public static Capabilities read(Reader reader) {
        Map<?, ?> top = KnowledgeFiles.topMapping(reader, "capabilities", TOP_KEYS, 20, 1024 * 1024);
        List<Stack> stacks = new ArrayList<>();
        Set<String> stackIds = new LinkedHashSet<>();
        for (Object item : list(top, "stacks", "the top")) {
            Map<?, ?> entry = mapping(item, "a stack", STACK_KEYS);
            String id = string(entry, "id", "a stack");
            if (!stackIds.add(id)) {
                throw new IllegalArgumentException("capabilities: duplicate stack id " + id);
            }
            stacks.add(new Stack(id, string(entry, "name", "stack " + id),
                    patterns(strings(entry, "frameworks", "stack " + id), "stack " + id),
                    strings(entry, "advice", "stack " + id)));
        }
        Map<?, ?> librariesNode = mapping(top.get("libraries"), "libraries", keysOf(Capability.values()));
        Map<Capability, LibraryPatterns> libraries = new EnumMap<>(Capability.class);
        for (Capability c : Capability.values()) {
            libraries.put(c, patterns(strings(librariesNode, c.key(), "libraries"), "libraries." + c.key()));
        }
        for (Stack stack : stacks) {
            for (String advice : stack.advice()) {
                if (!libraries.get(Capability.HEALTH).patterns().contains(advice)
                        && !libraries.get(Capability.METRICS).patterns().contains(advice)) {
                    throw new IllegalArgumentException("capabilities: stack " + stack.id() + " advises " + advice
                            + ", which is not a health or metrics library");
                }
            }
        }
        Map<?, ?> identity = mapping(top.get("identityConfiguration"), "identityConfiguration", IDENTITY_KEYS);
        IdentityConfiguration identityConfiguration = new IdentityConfiguration(
                strings(identity, "files", "identityConfiguration"),
                strings(identity, "propertyPrefixes", "identityConfiguration"),
                strings(identity, "environmentPrefixes", "identityConfiguration"));
        return new Capabilities(stacks, libraries, new LinkedHashSet<>(strings(top, "lockfiles", "the top")),
                identityConfiguration, new LinkedHashSet<>(strings(top, "workloadKinds", "the top")),
                commands(mapping(top.get("clusterCommands"), "clusterCommands", COMMAND_KEYS)));
    }

    private static ClusterCommands commands(Map<?, ?> node) {
        String where = "clusterCommands";
        List<String> tools = strings(node, "tools", where);
        Map<String, Set<String>> changing = stringSets(node, "changing", where);
        for (String tool : tools) {
            if (!changing.containsKey(tool)) {
                throw new IllegalArgumentException("capabilities: clusterCommands.changing lacks tool " + tool);
            }
        }
        for (String tool : changing.keySet()) {
            if (!tools.contains(tool)) {
                throw new IllegalArgumentException("capabilities: clusterCommands.changing names unknown tool " + tool);
            }
        }
        return new ClusterCommands(tools, new LinkedHashSet<>(strings(node, "valueFlags", where)), changing,
                stringSets(node, "readOnlySubcommands", where), strings(node, "dryRunFlags", where),
                strings(node, "gitOps", where));
    }

    private static LibraryPatterns patterns(List<String> values, String where) {
        try {
            return new LibraryPatterns(values);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("capabilities: " + where + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> keysOf(Capability[] values) {
        Set<String> keys = new LinkedHashSet<>();
        for (Capability c : values) {
            keys.add(c.key());
        }
        return keys;
    }

    private static Map<?, ?> mapping(Object node, String where, Set<String> allowed) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("capabilities: a mapping is expected at " + where);
        }
        for (Object key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("capabilities: unknown key '" + key + "' at " + where);
            }
        }
        return map;
    }

    private static List<?> list(Map<?, ?> map, String key, String where) {
        if (!(map.get(key) instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("capabilities: '" + key + "' at " + where + " must be a non-empty list");
        }
        return list;
    }

    private static String string(Map<?, ?> map, String key, String where) {
        if (!(map.get(key) instanceof String value) || value.isBlank()) {
            throw new IllegalArgumentException("capabilities: '" + key + "' of " + where + " must be a string");
        }
        return value;
    }

    private static List<String> strings(Map<?, ?> map, String key, String where) {
        List<?> list = list(map, key, where);
        if (!list.stream().allMatch(v -> v instanceof String s && !s.isBlank())) {
            throw new IllegalArgumentException("capabilities: '" + key + "' at " + where + " must list strings");
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static Map<String, Set<String>> stringSets(Map<?, ?> map, String key, String where) {
        if (!(map.get(key) instanceof Map<?, ?> node) || node.isEmpty()) {
            throw new IllegalArgumentException("capabilities: '" + key + "' at " + where + " must be a mapping");
        }
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Object k : node.keySet()) {
            if (!(k instanceof String name)) {
                throw new IllegalArgumentException("capabilities: keys of '" + key + "' must be strings");
            }
            out.put(name, new LinkedHashSet<>(strings(node, name, where + "." + key)));
        }
        return out;
    }
}
