package fr.cctlint.cloudnative.check.image;

import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * EX32 on one values file of a Helm chart: the security settings charts conventionally expose, the same ones
 * {@link KubernetesRootless} judges in manifests. Under any {@code securityContext}, {@code podSecurityContext} or
 * {@code containerSecurityContext} key, at any depth ({@code api.securityContext}): {@code runAsUser: 0},
 * {@code runAsNonRoot: false}, {@code privileged: true}; anywhere, a {@code containerPort} below 1024 (other port
 * keys are too chart-specific to judge). Passing settings are checked evidence. A value the templates decide
 * ({@code {{ }}}, a string) is not judged. The subject is {@code <file>:<dotted.key.path>}, stable across line moves.
 */
public final class HelmValuesRootless {
    private static final Set<String> SECURITY_KEYS = Set.of("securityContext", "podSecurityContext",
            "containerSecurityContext");
    private static final int MAX_DEPTH = 60;

    private HelmValuesRootless() {
    }

    public static void judge(SourceText source, Results results) {
        for (Node document : SafeYaml.load(source).documents()) {
            walk(source, document, "", results, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
    }

    /** Walks the values tree; a node reached twice through YAML aliases is walked once ({@code seen}). */
    private static void walk(SourceText source, Node node, String path, Results results, int depth, Set<Node> seen) {
        if (depth > MAX_DEPTH || !seen.add(node)) {
            return;
        }
        if (node instanceof SequenceNode) {
            List<Node> items = SafeYaml.items(node);
            for (int i = 0; i < items.size(); i++) {
                walk(source, items.get(i), path + "[" + i + "]", results, depth + 1, seen);
            }
            return;
        }
        for (NodeTuple entry : SafeYaml.entries(node)) {
            if (!(entry.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            String keyPath = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
            if (SECURITY_KEYS.contains(key.getValue()) && entry.getValueNode() instanceof MappingNode security) {
                security(source, security, keyPath, results);
            } else if (key.getValue().equals("containerPort") && entry.getValueNode() instanceof ScalarNode value) {
                port(source, key, value, keyPath, results);
            } else {
                walk(source, entry.getValueNode(), keyPath, results, depth + 1, seen);
            }
        }
    }

    private static void security(SourceText source, MappingNode security, String path, Results results) {
        for (NodeTuple entry : SafeYaml.entries(security)) {
            if (!(entry.getKeyNode() instanceof ScalarNode key) || !(entry.getValueNode() instanceof ScalarNode s)) {
                continue;
            }
            String keyPath = path + "." + key.getValue();
            String value = s.getValue().strip();
            switch (key.getValue()) {
                case "runAsUser" -> {
                    if (value.matches("\\d+")) {
                        judged(source, key, keyPath, Long.parseLong(value) == 0, "cncontainer.helm.rootUser", results);
                    }
                }
                case "runAsNonRoot" -> {
                    if (RootFacts.isTrue(value) || RootFacts.isFalse(value)) {
                        judged(source, key, keyPath, RootFacts.isFalse(value), "cncontainer.helm.rootAllowed", results);
                    }
                }
                case "privileged" -> {
                    if (RootFacts.isTrue(value)) {
                        judged(source, key, keyPath, true, "cncontainer.helm.privileged", results);
                    }
                }
                default -> {
                    // other settings (capabilities, allowPrivilegeEscalation...) are not judged, as in manifests
                }
            }
        }
    }

    private static void port(SourceText source, ScalarNode key, ScalarNode value, String keyPath, Results results) {
        OptionalInt port = RootFacts.port(value.getValue());
        if (port.isEmpty()) {
            return;
        }
        if (RootFacts.privileged(port.getAsInt())) {
            results.violation(new Violation(source.evidence(SafeYaml.line(key)),
                    Message.of("cncontainer.helm.lowPort", keyPath, Integer.toString(port.getAsInt())),
                    source.path() + ":" + keyPath, null));
        } else {
            results.passed(source.evidence(SafeYaml.line(key)));
        }
    }

    private static void judged(SourceText source, ScalarNode key, String keyPath, boolean violated, String message,
            Results results) {
        if (violated) {
            results.violation(new Violation(source.evidence(SafeYaml.line(key)), Message.of(message, keyPath),
                    source.path() + ":" + keyPath, null));
        } else {
            results.passed(source.evidence(SafeYaml.line(key)));
        }
    }
}
