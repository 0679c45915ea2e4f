package fr.cctlint.collect.compose;

import fr.cctlint.collect.SafeYaml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The keys of a YAML mapping node with merge keys ({@code <<: *defaults}, {@code <<: [*a, *b]}) applied, which
 * the SnakeYAML composer leaves to the constructor: explicit keys win over merged ones, and among several merged
 * mappings the earlier one wins, as the YAML merge key type says. Bounded against recursive anchors.
 */
public final class YamlMaps {
    private static final String MERGE = "<<";
    private static final int MAX_DEPTH = 20;

    private YamlMaps() {
    }

    /** Key to value node, in declaration order (merged keys first); empty for anything but a mapping. */
    public static Map<String, Node> entries(Node node) {
        return entries(node, 0, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /** The value of a key, merge keys applied; null when absent. */
    public static Node get(Node node, String key) {
        return entries(node).get(key);
    }

    /** The scalar value of a key, merge keys applied; null when absent or not a scalar. */
    public static String string(Node node, String key) {
        Node value = get(node, key);
        return value instanceof ScalarNode s ? s.getValue() : null;
    }

    /** The key node of a key (for its line), null when absent or merged in. */
    public static Node keyNode(Node node, String key) {
        for (NodeTuple t : SafeYaml.entries(node)) {
            if (t.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
                return k;
            }
        }
        return null;
    }

    /** {@code merged}: mappings already merged in, by identity (merging one twice adds nothing: alias bombs). */
    private static Map<String, Node> entries(Node node, int depth, Set<Node> merged) {
        Map<String, Node> result = new LinkedHashMap<>();
        if (!(node instanceof MappingNode map) || depth > MAX_DEPTH) {
            return result;
        }
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && MERGE.equals(k.getValue())) {
                List<Node> sources = t.getValueNode() instanceof SequenceNode seq ? seq.getValue()
                        : List.of(t.getValueNode());
                for (Node source : sources) {
                    if (merged.add(source)) {
                        entries(source, depth + 1, merged).forEach(result::putIfAbsent);
                    }
                }
            }
        }
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && !MERGE.equals(k.getValue())) {
                result.remove(k.getValue());
                result.put(k.getValue(), t.getValueNode());
            }
        }
        return result;
    }
}
