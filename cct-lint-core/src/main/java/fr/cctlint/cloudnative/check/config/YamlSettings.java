package fr.cctlint.cloudnative.check.config;

import fr.cctlint.collect.SafeYaml;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The leaves of a YAML document as dotted keys, the way Spring reads them: {@code spring: {datasource:
 * {password: x}}} gives {@code spring.datasource.password} at the line of {@code password:}; list items give
 * {@code key[0]}. Merge keys are skipped; depth and count are bounded (aliases may repeat a subtree).
 */
final class YamlSettings {
    private static final int MAX_DEPTH = 40;
    private static final int MAX_LEAVES = 50_000;

    /** A dotted key, its scalar value and its line. */
    record Leaf(String key, String value, int line) {
    }

    private YamlSettings() {
    }

    static List<Leaf> leaves(Node document) {
        List<Leaf> out = new ArrayList<>();
        walk(document, "", SafeYaml.line(document), 0, out);
        return out;
    }

    private static void walk(Node node, String prefix, int line, int depth, List<Leaf> out) {
        if (depth > MAX_DEPTH || out.size() >= MAX_LEAVES) {
            return;
        }
        if (node instanceof ScalarNode s) {
            if (!prefix.isEmpty() && !Tag.NULL.equals(s.getTag())) {
                out.add(new Leaf(prefix, s.getValue(), line));
            }
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && !"<<".equals(k.getValue())) {
                    String key = prefix.isEmpty() ? k.getValue() : prefix + "." + k.getValue();
                    walk(t.getValueNode(), key, SafeYaml.line(k), depth + 1, out);
                }
            }
        } else if (node instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), prefix + "[" + i + "]", SafeYaml.line(items.get(i)), depth + 1, out);
            }
        }
    }
}
