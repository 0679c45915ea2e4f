package fr.cctlint.cloudnative.check.image;

import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import fr.cctlint.collect.compose.YamlMaps;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * EX32 on one Kubernetes manifest (every document, every pod spec wherever it sits: Deployment, CronJob, custom
 * resources with a pod template), container by container: {@code runAsUser: 0}, {@code runAsNonRoot: false}
 * (the container's security context over the pod's, as Kubernetes applies them), {@code privileged: true}, and
 * {@code containerPort} below 1024. A container that says nothing about its user is not judged here: its image
 * decides.
 */
public final class KubernetesRootless {
    private static final Set<String> LISTS = Set.of("containers", "initContainers", "ephemeralContainers");
    private static final Set<String> DATA_KINDS = Set.of("ConfigMap", "Secret", "CustomResourceDefinition");
    private static final int MAX_DEPTH = 60;

    private KubernetesRootless() {
    }

    /**
     * @param component the component of the image at a line of the file, or null
     */
    public static void judge(SourceText source, BiFunction<String, Integer, Component> component, Results results) {
        SafeYaml.Result yaml = SafeYaml.load(source);
        for (Node document : yaml.documents()) {
            String kind = YamlMaps.string(document, "kind");
            if (kind == null || YamlMaps.string(document, "apiVersion") == null || DATA_KINDS.contains(kind)) {
                continue;
            }
            String name = YamlMaps.string(YamlMaps.get(document, "metadata"), "name");
            String workload = kind + "/" + (name == null ? "" : name);
            walk(source, document, workload, component, results, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
    }

    private static void walk(SourceText source, Node node, String workload,
            BiFunction<String, Integer, Component> component, Results results, int depth, Set<Node> seen) {
        if (depth > MAX_DEPTH || !seen.add(node)) {
            return;
        }
        if (node instanceof SequenceNode) {
            for (Node item : SafeYaml.items(node)) {
                walk(source, item, workload, component, results, depth + 1, seen);
            }
            return;
        }
        if (!(node instanceof MappingNode)) {
            return;
        }
        Map<String, Node> entries = YamlMaps.entries(node);
        boolean podSpec = LISTS.stream().anyMatch(k -> entries.get(k) instanceof SequenceNode);
        Node podSecurity = podSpec ? entries.get("securityContext") : null;
        for (Map.Entry<String, Node> e : entries.entrySet()) {
            if (podSpec && LISTS.contains(e.getKey())) {
                for (Node container : SafeYaml.items(e.getValue())) {
                    container(source, container, podSecurity, workload, component, results);
                }
            } else if (!e.getKey().equals("metadata") && !e.getKey().equals("status")) {
                walk(source, e.getValue(), workload, component, results, depth + 1, seen);
            }
        }
    }

    private static void container(SourceText source, Node container, Node podSecurity, String workload,
            BiFunction<String, Integer, Component> components, Results results) {
        if (!(container instanceof MappingNode)) {
            return;
        }
        String name = String.valueOf(YamlMaps.string(container, "name"));
        Node image = YamlMaps.get(container, "image");
        Component component = image == null ? null : components.apply(source.path(), SafeYaml.line(image));
        String subject = source.path() + ":" + workload + "/" + name;
        Node security = YamlMaps.get(container, "securityContext");
        Node runAsUser = setting(security, podSecurity, "runAsUser");
        if (runAsUser instanceof ScalarNode s && s.getValue().strip().matches("\\d+")) {
            if (Long.parseLong(s.getValue().strip()) == 0) {
                results.violation(new Violation(source.evidence(SafeYaml.line(s)),
                        Message.of("cncontainer.kubernetes.rootUser", name, workload), subject + ":runAsUser",
                        component));
            } else {
                results.passed(source.evidence(SafeYaml.line(s)));
            }
        }
        Node nonRoot = setting(security, podSecurity, "runAsNonRoot");
        if (nonRoot instanceof ScalarNode s) {
            if (RootFacts.isFalse(s.getValue().strip())) {
                results.violation(new Violation(source.evidence(SafeYaml.line(s)),
                        Message.of("cncontainer.kubernetes.rootAllowed", name, workload), subject + ":runAsNonRoot",
                        component));
            } else if (RootFacts.isTrue(s.getValue().strip())) {
                results.passed(source.evidence(SafeYaml.line(s)));
            }
        }
        Node privileged = YamlMaps.get(security, "privileged");
        if (privileged instanceof ScalarNode s && RootFacts.isTrue(s.getValue().strip())) {
            results.violation(new Violation(source.evidence(SafeYaml.line(s)),
                    Message.of("cncontainer.kubernetes.privileged", name, workload), subject + ":privileged",
                    component));
        }
        for (Node port : SafeYaml.items(YamlMaps.get(container, "ports"))) {
            Node number = YamlMaps.get(port, "containerPort");
            OptionalInt value = number instanceof ScalarNode s ? RootFacts.port(s.getValue()) : OptionalInt.empty();
            if (value.isEmpty()) {
                continue;
            }
            if (RootFacts.privileged(value.getAsInt())) {
                results.violation(new Violation(source.evidence(SafeYaml.line(number)),
                        Message.of("cncontainer.kubernetes.lowPort", name, workload, Integer.toString(value.getAsInt())),
                        subject + ":port:" + value.getAsInt(), component));
            } else {
                results.passed(source.evidence(SafeYaml.line(number)));
            }
        }
    }

    /** The container's setting, else the pod's (Kubernetes' precedence); null when neither sets it. */
    private static Node setting(Node container, Node pod, String key) {
        Node value = YamlMaps.get(container, key);
        return value != null ? value : YamlMaps.get(pod, key);
    }
}
