package fr.cctlint.collect.helm;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Components;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import fr.cctlint.collect.compose.ContainerImages;
import fr.cctlint.collect.compose.TreePaths;
import fr.cctlint.collect.compose.YamlMaps;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads Helm charts: the dependencies of {@code Chart.yaml} (apiVersion v2) or {@code requirements.yaml} (v1), and
 * the images named in {@code values*.yaml}. One instance per collector run.
 *
 * <p><b>Dependencies</b> are operated software deployed with the application (a bitnami/postgresql dependency is
 * a PostgreSQL server): type APPLICATION (a chart deploys an application, usually several objects, not one
 * image), role {@link Roles#HELM_DEPENDENCY}, purl {@code pkg:helm/<repository name>/<chart>} with the repository
 * in {@code repository_url}. The repository name is the alias ({@code @bitnami}, {@code alias:bitnami}) or the
 * last path segment of the repository URL ({@code https://charts.bitnami.com/bitnami} gives {@code bitnami},
 * {@code oci://registry-1.docker.io/bitnamicharts} gives {@code bitnamicharts}), else its host; the referential
 * selectors name charts that way ({@code pkg:helm/bitnami/postgresql}). The chart version is not the product
 * version: the component has no version unless the chart is vendored in the tree ({@code charts/<name>/Chart.yaml})
 * with an {@code appVersion}; the chart version constraint is kept in {@code cct:chartVersion}, the locked one
 * ({@code Chart.lock}) in {@code cct:chartVersionLocked}. A dependency whose {@code condition} is false in the
 * chart's own {@code values.yaml} has scope OPTIONAL and {@code cct:enabledByDefault=false}. Local subcharts
 * ({@code file://} or no repository) are part of the project and are not reported (their own files are read);
 * library charts (a vendored chart of {@code type: library}, Bitnami's {@code common} tagged
 * {@code bitnami-common}) deploy nothing and are not reported either.
 *
 * <p><b>Values images</b>: every {@code image} key (and {@code *Image} key) anywhere in a values tree, as a
 * string ({@code image: nginx:1.27}) or a map ({@code registry}, {@code repository}, {@code tag}, {@code digest}):
 * CONTAINER components, role {@link Roles#HELM_VALUES_IMAGE}, with the key path in {@code cct:valuesPath}. An
 * empty tag leaves the version unknown (charts then default to their appVersion, which is not read as the image's).
 * The top-level {@code image} of a values file beside a {@code Chart.yaml} is, by Helm convention
 * ({@code helm create}), the chart's own application: the project itself, reported as a <em>subject</em> component
 * (never judged as a product), like a compose service the project builds. The same key in a values file without
 * a chart beside it configures someone else's chart and is an operated image.
 */
final class HelmParser {
    static final String CHART_NAME = "cct:chartName";
    static final String CHART_REPOSITORY = "cct:chartRepository";
    static final String CHART_VERSION = "cct:chartVersion";
    static final String CHART_VERSION_LOCKED = "cct:chartVersionLocked";
    static final String CONDITION = "cct:condition";
    static final String ALIAS = "cct:alias";
    static final String ENABLED_BY_DEFAULT = "cct:enabledByDefault";
    static final String VALUES_PATH = "cct:valuesPath";

    private static final int MAX_DEPTH = 60;

    private final SourceTree tree;
    private final Set<String> files;
    private final Map<String, Optional<Node>> documents = new HashMap<>();
    private final Set<Problem> problems = new LinkedHashSet<>();
    private final List<Component> components = new ArrayList<>();

    HelmParser(SourceTree tree) {
        this.tree = tree;
        this.files = new HashSet<>(tree.files());
    }

    Collection result() {
        return new Collection(ContainerImages.mergeById(components), new ArrayList<>(problems));
    }

    /** {@code Chart.yaml} or {@code requirements.yaml}: the chart's dependencies. */
    void chart(String path) {
        Optional<SourceText> source = text(path, true);
        Node root = source.flatMap(s -> document(path, s)).orElse(null);
        if (root == null) {
            return;
        }
        String dir = TreePaths.parent(path);
        Map<String, String> locked = locked(dir);
        Node values = loaded(child(dir, "values.yaml")).orElse(null);
        for (Node dependency : SafeYaml.items(YamlMaps.get(root, "dependencies"))) {
            dependency(source.get(), dir, dependency, locked, values);
        }
    }

    private void dependency(SourceText source, String dir, Node dependency, Map<String, String> locked,
            Node values) {
        String name = YamlMaps.string(dependency, "name");
        String repository = Optional.ofNullable(YamlMaps.string(dependency, "repository")).orElse("").strip();
        if (name == null || name.isBlank() || repository.isEmpty() || repository.startsWith("file://")) {
            return;
        }
        Node vendored = loaded(child(dir, "charts/" + name + "/Chart.yaml")).orElse(null);
        if ("library".equals(YamlMaps.string(vendored, "type")) || tags(dependency).contains("bitnami-common")) {
            return;
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put(CHART_NAME, name);
        props.put(CHART_REPOSITORY, repository);
        putIfPresent(props, CHART_VERSION, YamlMaps.string(dependency, "version"));
        putIfPresent(props, CHART_VERSION_LOCKED, locked.get(name));
        String alias = YamlMaps.string(dependency, "alias");
        putIfPresent(props, ALIAS, alias);
        String condition = YamlMaps.string(dependency, "condition");
        Scope scope = Scope.RUNTIME;
        if (condition != null && !condition.isBlank()) {
            props.put(CONDITION, condition);
            Optional<Boolean> enabled = enabled(values, condition);
            if (enabled.isPresent()) {
                props.put(ENABLED_BY_DEFAULT, String.valueOf(enabled.get()));
                scope = enabled.get() ? Scope.RUNTIME : Scope.OPTIONAL;
            }
        }
        String namespace = repositoryName(repository);
        String purl = Components.purl("helm", namespace, name, null, Map.of("repository_url", repository));
        String appVersion = YamlMaps.string(vendored, "appVersion");
        components.add(Components.of(purl, namespace, name, appVersion, ComponentType.APPLICATION, scope,
                Roles.HELM_DEPENDENCY, source.evidence(SafeYaml.line(dependency)), props));
    }

    /**
     * The name a chart repository goes by: an alias ({@code @bitnami}, {@code alias:bitnami}), else the last path
     * segment of its URL, else its host; lower case.
     */
    static String repositoryName(String repository) {
        String repo = repository.strip();
        if (repo.startsWith("@")) {
            return repo.substring(1).toLowerCase(Locale.ROOT);
        }
        if (repo.startsWith("alias:")) {
            return repo.substring("alias:".length()).toLowerCase(Locale.ROOT);
        }
        String rest = repo.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        String[] segments = rest.split("/");
        return segments[segments.length - 1].toLowerCase(Locale.ROOT);
    }

    /** Whether a dependency's {@code condition} (comma-separated value paths, the first one set wins) is true. */
    private static Optional<Boolean> enabled(Node values, String condition) {
        for (String path : condition.split(",")) {
            Node node = values;
            for (String key : path.strip().split("\\.")) {
                node = YamlMaps.get(node, key);
            }
            if (node instanceof ScalarNode s) {
                String v = s.getValue().strip().toLowerCase(Locale.ROOT);
                if (v.equals("true") || v.equals("false")) {
                    return Optional.of(v.equals("true"));
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> tags(Node dependency) {
        Set<String> tags = new HashSet<>();
        SafeYaml.items(YamlMaps.get(dependency, "tags")).forEach(t -> SafeYaml.scalar(t).ifPresent(tags::add));
        return tags;
    }

    /** Locked dependency versions of {@code Chart.lock} (v2) or {@code requirements.lock} (v1), by chart name. */
    private Map<String, String> locked(String dir) {
        Map<String, String> versions = new HashMap<>();
        for (String name : List.of("Chart.lock", "requirements.lock")) {
            loaded(child(dir, name)).ifPresent(lock -> {
                for (Node d : SafeYaml.items(YamlMaps.get(lock, "dependencies"))) {
                    String n = YamlMaps.string(d, "name");
                    String v = YamlMaps.string(d, "version");
                    if (n != null && v != null) {
                        versions.putIfAbsent(n, v);
                    }
                }
            });
        }
        return versions;
    }

    /** {@code values*.yaml}: every image named anywhere in the tree of values. */
    void values(String path) {
        Optional<SourceText> source = text(path, true);
        boolean inChart = HelmCollector.besideChart(path, files);
        source.flatMap(s -> document(path, s)).ifPresent(root -> walk(source.get(), root, "", 0,
                Collections.newSetFromMap(new IdentityHashMap<>()), inChart));
    }

    /** Walks the values tree; a node reached twice through YAML aliases is walked once ({@code seen}). */
    private void walk(SourceText source, Node node, String path, int depth, Set<Node> seen, boolean inChart) {
        if (depth > MAX_DEPTH || !seen.add(node)) {
            return;
        }
        if (node instanceof SequenceNode) {
            List<Node> items = SafeYaml.items(node);
            for (int i = 0; i < items.size(); i++) {
                walk(source, items.get(i), path + "[" + i + "]", depth + 1, seen, inChart);
            }
            return;
        }
        for (Map.Entry<String, Node> e : YamlMaps.entries(node).entrySet()) {
            String key = e.getKey();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            boolean imageKey = key.equals("image") || (key.endsWith("Image") && key.length() > "Image".length());
            boolean own = inChart && keyPath.equals("image");
            if (imageKey && e.getValue() instanceof ScalarNode s) {
                scalarImage(source, s, key, keyPath, own);
            } else if (imageKey && YamlMaps.get(e.getValue(), "repository") instanceof ScalarNode) {
                mapImage(source, e.getValue(), keyPath, own);
            } else {
                walk(source, e.getValue(), keyPath, depth + 1, seen, inChart);
            }
        }
    }

    private void scalarImage(SourceText source, ScalarNode value, String key, String keyPath, boolean own) {
        String text = value.getValue().strip();
        boolean plain = key.equals("image") || text.contains("/") || text.contains(":");
        if (text.isEmpty() || !plain || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return;
        }
        ContainerImages.component(text, Scope.RUNTIME, Roles.HELM_VALUES_IMAGE,
                source.evidence(SafeYaml.line(value)), Map.of(VALUES_PATH, keyPath))
                .map(c -> own ? asSubject(c) : c).ifPresent(components::add);
    }

    /** The chart's own application image: the project itself, not a third-party product. */
    private static Component asSubject(Component c) {
        return new Component(c.id(), c.name(), c.group(), c.version(), c.purl(), c.cpe(), c.type(), c.scope(), true,
                c.evidence(), c.properties());
    }

    private void mapImage(SourceText source, Node image, String keyPath, boolean own) {
        Node repositoryNode = YamlMaps.get(image, "repository");
        String repository = ((ScalarNode) repositoryNode).getValue().strip();
        if (repository.isEmpty()) {
            return;
        }
        String registry = blankToNull(YamlMaps.string(image, "registry"));
        String tag = blankToNull(YamlMaps.string(image, "tag"));
        String digest = blankToNull(YamlMaps.string(image, "digest"));
        String reference = (registry == null ? "" : registry + "/") + repository + (tag == null ? "" : ":" + tag)
                + (digest == null ? "" : "@" + digest);
        ContainerImages.component(reference, Scope.RUNTIME, Roles.HELM_VALUES_IMAGE,
                source.evidence(SafeYaml.line(repositoryNode)), Map.of(VALUES_PATH, keyPath))
                .map(c -> own ? asSubject(c) : c).ifPresent(components::add);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void putIfPresent(Map<String, String> props, String key, String value) {
        if (value != null && !value.isBlank()) {
            props.put(key, value.strip());
        }
    }

    private String child(String dir, String name) {
        return dir.isEmpty() ? name : dir + "/" + name;
    }

    /** The first document of a tree file read as a helper (problems are left to the collector claiming it). */
    private Optional<Node> loaded(String path) {
        if (!files.contains(path)) {
            return Optional.empty();
        }
        return documents.computeIfAbsent(path, p -> text(p, false).flatMap(s -> parseFirst(s, null)));
    }

    /** The first document of a claimed file, its problem reported (parsed apart from the helper cache). */
    private Optional<Node> document(String path, SourceText source) {
        return parseFirst(source, problems);
    }

    private static Optional<Node> parseFirst(SourceText source, Set<Problem> problems) {
        SafeYaml.Result yaml = SafeYaml.load(source);
        if (yaml.problem() != null && problems != null) {
            problems.add(yaml.problem());
        }
        return yaml.documents().isEmpty() || !(yaml.documents().get(0) instanceof MappingNode)
                ? Optional.empty() : Optional.of(yaml.documents().get(0));
    }

    private Optional<SourceText> text(String path, boolean report) {
        try {
            SourceText.Result decoded = SourceText.decode(path, tree.read(path));
            if (decoded.problem() != null && report) {
                problems.add(decoded.problem());
            }
            return decoded.ok();
        } catch (IOException | RuntimeException e) {
            if (report) {
                problems.add(Problems.unreadable(path, e));
            }
            return Optional.empty();
        }
    }
}
