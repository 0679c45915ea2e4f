package fr.cctlint.cloudnative.check.config;

import fr.cctlint.collect.SafeYaml;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The configuration values of one Kubernetes object: {@code env: [{name, value}]} of every container (found at
 * any depth: Deployments, CronJobs, Pods...; {@code valueFrom} is a reference and is left alone), the {@code data}
 * of a ConfigMap, and the {@code data} / {@code stringData} of a Secret (marked: a Secret in a file is a committed
 * secret). A document without {@code kind} is not a Kubernetes object: nothing.
 */
final class KubernetesConfig {
    private static final int MAX_DEPTH = 40;

    private KubernetesConfig() {
    }

    static List<ConfigEntry> entries(String path, Node document) {
        List<ConfigEntry> out = new ArrayList<>();
        String kind = SafeYaml.string(document, "kind").orElse(null);
        if (kind == null || SafeYaml.get(document, "apiVersion").isEmpty()) {
            return out;
        }
        String name = SafeYaml.get(document, "metadata").flatMap(m -> SafeYaml.string(m, "name")).orElse("?");
        String where = kind + "/" + name;
        if (kind.equals("Secret")) {
            data(path, document, "stringData", where, true, out);
            data(path, document, "data", where, true, out);
        } else if (kind.equals("ConfigMap")) {
            data(path, document, "data", where, false, out);
        } else {
            env(path, document, where, 0, out);
        }
        return out;
    }

    private static void data(String path, Node document, String key, String where, boolean secret,
            List<ConfigEntry> out) {
        for (NodeTuple t : SafeYaml.entries(SafeYaml.get(document, key).orElse(null))) {
            if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                out.add(new ConfigEntry(path, SafeYaml.line(k), k.getValue(), v.getValue(), where, false, secret));
            }
        }
    }

    private static void env(String path, Node node, String where, int depth, List<ConfigEntry> out) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("env")
                        && t.getValueNode() instanceof SequenceNode items) {
                    for (Node item : items.getValue()) {
                        variable(path, item, where, out);
                    }
                } else {
                    env(path, t.getValueNode(), where, depth + 1, out);
                }
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                env(path, item, where, depth + 1, out);
            }
        }
    }

    private static void variable(String path, Node item, String where, List<ConfigEntry> out) {
        String name = SafeYaml.string(item, "name").orElse(null);
        if (name == null) {
            return;
        }
        for (NodeTuple t : SafeYaml.entries(item)) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("value")
                    && t.getValueNode() instanceof ScalarNode v) {
                out.add(new ConfigEntry(path, SafeYaml.line(k), name, v.getValue(), where, false, false));
            }
        }
    }
}
