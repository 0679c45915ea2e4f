package fr.cctlint.collect.kubernetes;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import fr.cctlint.collect.compose.ContainerImages;
import fr.cctlint.collect.compose.YamlMaps;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.referential.ImageName;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the Kubernetes objects of one YAML file (several documents, {@code List} kinds) into the images their
 * containers run. A document is Kubernetes when it is a mapping with {@code apiVersion} and {@code kind}; other
 * documents and other YAML files are skipped without a word.
 *
 * <p>Every pod spec found in an object is read, wherever it sits: Pod, Deployment, StatefulSet, DaemonSet,
 * ReplicaSet, Job ({@code spec.template.spec}), CronJob ({@code spec.jobTemplate.spec.template.spec}) and custom
 * resources that embed a pod template (ECK's {@code podTemplate}). Its {@code containers}, {@code initContainers}
 * and {@code ephemeralContainers} images become CONTAINER components, role
 * {@link Roles#KUBERNETES_CONTAINER_IMAGE}, with facts for later checks: {@code cct:workload} (kind/name),
 * {@code cct:namespace}, {@code cct:container}, {@code cct:containerType}, {@code cct:runAsUser} and
 * {@code cct:runAsNonRoot} (container security context over the pod's; absent when neither says),
 * {@code cct:privileged} (true/false), {@code cct:containerPorts}, {@code cct:livenessProbe},
 * {@code cct:readinessProbe} and {@code cct:startupProbe} (true/false, regular containers only) and
 * {@code cct:environmentKeys} (names of variables given a literal {@code value}; values are never recorded).
 *
 * <p>Custom resources of operators name their images in their own keys: an {@code image} or {@code imageName}
 * value that is an image reference with a registry path or a tag (CloudNativePG's
 * {@code imageName: ghcr.io/cloudnative-pg/postgresql:16.8}, a RedisFailover's {@code image: redis:5.0-alpine})
 * is reported too, with {@code cct:workload} only. ConfigMaps, Secrets and CustomResourceDefinitions are not
 * searched: their values are data, not images.
 *
 * <p>A file that fails to parse is reported only when it looks like a Kubernetes manifest (top-level
 * {@code apiVersion:} and {@code kind:} lines); when it holds Go template placeholders it is reported as a
 * templated manifest that was not read.
 */
final class KubernetesParser {
    static final String WORKLOAD = "cct:workload";
    static final String NAMESPACE = "cct:namespace";
    static final String CONTAINER = "cct:container";
    static final String CONTAINER_TYPE = "cct:containerType";
    static final String RUN_AS_USER = "cct:runAsUser";
    static final String RUN_AS_NON_ROOT = "cct:runAsNonRoot";
    static final String PRIVILEGED = "cct:privileged";
    static final String CONTAINER_PORTS = "cct:containerPorts";
    static final String LIVENESS = "cct:livenessProbe";
    static final String READINESS = "cct:readinessProbe";
    static final String STARTUP = "cct:startupProbe";
    static final String ENVIRONMENT_KEYS = "cct:environmentKeys";

    private static final Map<String, String> CONTAINER_LISTS = Map.of(
            "containers", "container", "initContainers", "initContainer", "ephemeralContainers", "ephemeralContainer");
    private static final Set<String> DATA_KINDS = Set.of("ConfigMap", "Secret", "CustomResourceDefinition");
    private static final Set<String> SKIPPED_KEYS = Set.of("metadata", "status");
    private static final Pattern API_VERSION = Pattern.compile("(?m)^\\s{0,4}-?\\s*apiVersion\\s*:");
    private static final Pattern KIND = Pattern.compile("(?m)^\\s{0,4}-?\\s*kind\\s*:");
    private static final int MAX_DEPTH = 60;

    private KubernetesParser() {
    }

    /** Whether a text looks like a Kubernetes manifest, even when it is not valid YAML. */
    static boolean looksLikeKubernetes(String text) {
        return API_VERSION.matcher(text).find() && KIND.matcher(text).find();
    }

    static Collection parse(String path, byte[] bytes) {
        SourceText.Result decoded = SourceText.decode(path, bytes);
        if (decoded.problem() != null) {
            return looksLikeKubernetes(new String(bytes, StandardCharsets.ISO_8859_1))
                    ? new Collection(List.of(), List.of(decoded.problem())) : Collection.EMPTY;
        }
        SourceText source = decoded.text();
        SafeYaml.Result yaml = SafeYaml.load(source);
        List<Component> components = new ArrayList<>();
        for (Node document : yaml.documents()) {
            object(source, document, components, 0);
        }
        List<Problem> problems = new ArrayList<>();
        if (yaml.problem() != null && looksLikeKubernetes(source.text())) {
            int template = source.text().indexOf("{{");
            problems.add(template >= 0
                    ? Problems.at(path, source.lineOf(template), 0, Message.of("kubernetes.templated"))
                    : yaml.problem());
        }
        return new Collection(ContainerImages.mergeById(components), problems);
    }

    /** One Kubernetes object (or a List of them). */
    private static void object(SourceText source, Node document, List<Component> out, int depth) {
        String apiVersion = YamlMaps.string(document, "apiVersion");
        String kind = YamlMaps.string(document, "kind");
        if (apiVersion == null || kind == null || DATA_KINDS.contains(kind) || depth > 5) {
            return;
        }
        if (kind.endsWith("List")) {
            for (Node item : SafeYaml.items(YamlMaps.get(document, "items"))) {
                object(source, item, out, depth + 1);
            }
            return;
        }
        Node metadata = YamlMaps.get(document, "metadata");
        String name = YamlMaps.string(metadata, "name");
        Map<String, String> workload = new LinkedHashMap<>();
        workload.put(WORKLOAD, kind + "/" + (name == null ? "" : name));
        String namespace = YamlMaps.string(metadata, "namespace");
        if (namespace != null) {
            workload.put(NAMESPACE, namespace);
        }
        walk(source, document, workload, out, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Finds pod specs and operator image keys anywhere under an object. A node reached twice through YAML aliases
     * is walked once ({@code seen}, by identity): alias bombs stay linear.
     */
    private static void walk(SourceText source, Node node, Map<String, String> workload, List<Component> out,
            int depth, Set<Node> seen) {
        if (depth > MAX_DEPTH || !seen.add(node)) {
            return;
        }
        if (node instanceof SequenceNode) {
            for (Node item : SafeYaml.items(node)) {
                walk(source, item, workload, out, depth + 1, seen);
            }
            return;
        }
        if (!(node instanceof MappingNode)) {
            return;
        }
        Map<String, Node> entries = YamlMaps.entries(node);
        boolean podSpec = CONTAINER_LISTS.keySet().stream().anyMatch(k -> entries.get(k) instanceof SequenceNode);
        if (podSpec) {
            Node podSecurity = entries.get("securityContext");
            for (String list : List.of("initContainers", "containers", "ephemeralContainers")) {
                for (Node container : SafeYaml.items(entries.get(list))) {
                    container(source, container, CONTAINER_LISTS.get(list), podSecurity, workload, out);
                }
            }
        }
        for (Map.Entry<String, Node> e : entries.entrySet()) {
            String key = e.getKey();
            if (SKIPPED_KEYS.contains(key) || (podSpec && CONTAINER_LISTS.containsKey(key))) {
                continue;
            }
            if ((key.equals("image") || key.equals("imageName")) && e.getValue() instanceof ScalarNode s) {
                operatorImage(source, s, workload, out);
            } else {
                walk(source, e.getValue(), workload, out, depth + 1, seen);
            }
        }
    }

    private static void container(SourceText source, Node container, String type, Node podSecurity,
            Map<String, String> workload, List<Component> out) {
        Node image = YamlMaps.get(container, "image");
        if (!(image instanceof ScalarNode imageText)) {
            return;
        }
        Map<String, String> props = new LinkedHashMap<>(workload);
        String name = YamlMaps.string(container, "name");
        if (name != null) {
            props.put(CONTAINER, name);
        }
        props.put(CONTAINER_TYPE, type);
        Node security = YamlMaps.get(container, "securityContext");
        putSecurity(props, RUN_AS_USER, "runAsUser", security, podSecurity);
        putSecurity(props, RUN_AS_NON_ROOT, "runAsNonRoot", security, podSecurity);
        props.put(PRIVILEGED, String.valueOf("true".equalsIgnoreCase(YamlMaps.string(security, "privileged"))));
        List<String> ports = new ArrayList<>();
        for (Node port : SafeYaml.items(YamlMaps.get(container, "ports"))) {
            String number = YamlMaps.string(port, "containerPort");
            String protocol = YamlMaps.string(port, "protocol");
            if (number != null) {
                ports.add(number + (protocol == null || protocol.equalsIgnoreCase("TCP") ? "" : "/" + protocol));
            }
        }
        if (!ports.isEmpty()) {
            props.put(CONTAINER_PORTS, String.join(",", ports));
        }
        if (type.equals("container")) {
            props.put(LIVENESS, String.valueOf(YamlMaps.get(container, "livenessProbe") instanceof MappingNode));
            props.put(READINESS, String.valueOf(YamlMaps.get(container, "readinessProbe") instanceof MappingNode));
            props.put(STARTUP, String.valueOf(YamlMaps.get(container, "startupProbe") instanceof MappingNode));
        }
        Set<String> env = new LinkedHashSet<>();
        for (Node variable : SafeYaml.items(YamlMaps.get(container, "env"))) {
            String key = YamlMaps.string(variable, "name");
            if (key != null && YamlMaps.get(variable, "value") != null) {
                env.add(key);
            }
        }
        if (!env.isEmpty()) {
            props.put(ENVIRONMENT_KEYS, String.join(",", env));
        }
        Evidence evidence = source.evidence(SafeYaml.line(image));
        ContainerImages.component(imageText.getValue(), Scope.RUNTIME, Roles.KUBERNETES_CONTAINER_IMAGE, evidence,
                props).ifPresent(out::add);
    }

    /** A container setting, else the pod's; nothing when neither sets it. */
    private static void putSecurity(Map<String, String> props, String property, String key, Node container, Node pod) {
        String value = YamlMaps.string(container, key);
        if (value == null) {
            value = YamlMaps.string(pod, key);
        }
        if (value != null) {
            props.put(property, value);
        }
    }

    /** An operator resource's {@code image:} / {@code imageName:}: only clear image references. */
    private static void operatorImage(SourceText source, ScalarNode value, Map<String, String> workload,
            List<Component> out) {
        String text = value.getValue().strip();
        boolean reference = ImageName.parse(text).isPresent() && (text.contains("/") || text.contains(":"));
        if (!reference && !ContainerImages.isExpression(text)) {
            return;
        }
        ContainerImages.component(text, Scope.RUNTIME, Roles.KUBERNETES_CONTAINER_IMAGE,
                source.evidence(SafeYaml.line(value)), workload).ifPresent(out::add);
    }
}
