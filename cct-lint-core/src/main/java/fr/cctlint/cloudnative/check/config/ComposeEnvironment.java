package fr.cctlint.cloudnative.check.config;

import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.compose.TreePaths;
import fr.cctlint.collect.compose.YamlMaps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The {@code environment:} of compose services with values and lines (the compose collector records the names
 * only), in both forms: {@code KEY: value} and {@code - KEY=value}. Also the files a compose file leads to:
 * {@code extends: {file: ...}} (other compose files, whatever their name) and {@code env_file:}.
 */
final class ComposeEnvironment {
    private ComposeEnvironment() {
    }

    static List<ConfigEntry> entries(String path, Node root, boolean tolerated) {
        List<ConfigEntry> out = new ArrayList<>();
        for (Map.Entry<String, Node> service : services(root).entrySet()) {
            String where = "services." + service.getKey();
            Node environment = SafeYaml.get(service.getValue(), "environment").orElse(null);
            if (environment instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v
                            && !Tag.NULL.equals(v.getTag())) {
                        out.add(new ConfigEntry(path, SafeYaml.line(k), k.getValue(), v.getValue(), where, tolerated,
                                false));
                    }
                }
            }
            for (Node item : SafeYaml.items(environment)) {
                Optional<String> text = SafeYaml.scalar(item);
                int eq = text.map(s -> s.indexOf('=')).orElse(-1);
                if (eq > 0) {
                    out.add(new ConfigEntry(path, SafeYaml.line(item), text.get().substring(0, eq).strip(),
                            text.get().substring(eq + 1), where, tolerated, false));
                }
            }
        }
        return out;
    }

    /** Tree paths of the compose files this one extends. */
    static List<String> extendedFiles(String path, Node root) {
        List<String> out = new ArrayList<>();
        for (Node service : services(root).values()) {
            Node ext = YamlMaps.get(service, "extends");
            String file = ext == null ? null : YamlMaps.string(ext, "file");
            if (file != null) {
                TreePaths.resolve(TreePaths.parent(path), file).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Tree paths of the {@code env_file:} files of its services. */
    static List<String> envFiles(String path, Node root) {
        List<String> out = new ArrayList<>();
        for (Node service : services(root).values()) {
            Node envFile = YamlMaps.get(service, "env_file");
            List<Node> items = envFile instanceof ScalarNode ? List.of(envFile) : SafeYaml.items(envFile);
            for (Node item : items) {
                String file = item instanceof ScalarNode s ? s.getValue() : YamlMaps.string(item, "path");
                if (file != null) {
                    TreePaths.resolve(TreePaths.parent(path), file).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Map<String, Node> services(Node root) {
        Map<String, Node> services = new java.util.LinkedHashMap<>();
        YamlMaps.entries(YamlMaps.get(root, "services")).forEach((name, node) -> {
            if (node instanceof MappingNode && !name.startsWith("x-")) {
                services.put(name, node);
            }
        });
        return services;
    }
}
