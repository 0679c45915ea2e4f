package fr.cctlint.collect.compose;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Components;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.util.ArrayList;
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
 * Reads compose files into the images their services run. One instance per collector run: files reached through
 * {@code extends: {file: ...}} or {@code include:} are read once and cached.
 *
 * <p>What a service gives:
 * <ul>
 * <li>{@code image:} only: a CONTAINER component, role {@link Roles#COMPOSE_SERVICE_IMAGE}, after variable
 *     interpolation from the {@code .env} file beside the compose file ({@link ComposeVariables}).</li>
 * <li>{@code build:} (with or without {@code image:}): the image is the project's own build output, not a
 *     third-party product. It is reported as a <em>subject</em> component (the application under review, which
 *     the policy never judges as a product) carrying {@code cct:builtFrom} = the tree path of its Dockerfile, whose
 *     base image the Dockerfile collector reports; its user and ports stay available to later checks.</li>
 * <li>{@code profiles:}: kept in {@code cct:profiles}. A service whose profiles are all test profiles
 *     ({@code test}, {@code e2e}, {@code ci}...) has scope TEST, all debug/tool profiles ({@code debug},
 *     {@code tools}...) scope BUILD; any other profile (Queen-Back-Office puts every service in {@code all})
 *     leaves it RUNTIME: a profile says when a service starts, not that it is not operated.</li>
 * <li>A compose file named for tests ({@code docker-compose.test.yml}, {@code compose.e2e.yaml},
 *     {@code docker-compose.ci.yml}) gives scope TEST to all its services.</li>
 * </ul>
 * {@code extends} (same file or another file of the tree), YAML anchors and {@code <<} merge keys are resolved.
 * Facts for later checks: {@code cct:serviceName}, {@code cct:user}, {@code cct:ports} ({@code published:target}
 * list), {@code cct:environmentKeys} (names only: values may be secrets and are never recorded),
 * {@code cct:privileged}, {@code cct:healthcheck}.
 */
final class ComposeParser {
    static final String SERVICE_NAME = "cct:serviceName";
    static final String PROFILES = "cct:profiles";
    static final String USER = "cct:user";
    static final String PORTS = "cct:ports";
    static final String ENVIRONMENT_KEYS = "cct:environmentKeys";
    static final String PRIVILEGED = "cct:privileged";
    static final String HEALTHCHECK = "cct:healthcheck";
    static final String BUILT_FROM = "cct:builtFrom";

    private static final int MAX_DEPTH = 20;
    private static final java.util.regex.Pattern DOCKERFILE_NAME =
            java.util.regex.Pattern.compile("(?i)(dockerfile|containerfile)([._-].*)?|.*\\.(dockerfile|containerfile)");
    /** Keys whose values add up through {@code extends} instead of replacing the base service's. */
    private static final Set<String> ACCUMULATED = Set.of("ports", "expose", "environment");
    private static final Set<String> TEST_PROFILES = Set.of("test", "tests", "testing", "e2e", "ci", "integration",
            "integration-test", "integration-tests", "it");
    private static final Set<String> TOOL_PROFILES = Set.of("debug", "tools", "tooling", "dev-tools", "devtools");
    private static final Set<String> TEST_FILE_MARKERS = Set.of("test", "tests", "testing", "e2e", "ci");

    private final SourceTree tree;
    private final Set<String> files;
    private final Map<String, Loaded> cache = new HashMap<>();
    private final Set<Problem> problems = new LinkedHashSet<>();
    private final List<Component> components = new ArrayList<>();

    ComposeParser(SourceTree tree) {
        this.tree = tree;
        this.files = new HashSet<>(tree.files());
    }

    /** A file read once: its text and first document, or the problem that stopped it. */
    private record Loaded(String path, SourceText source, Node root) {
    }

    /** A value of a service and the file it was written in (base services of {@code extends} live elsewhere). */
    private record Attr(SourceText source, Node node) {
        int line() {
            return SafeYaml.line(node);
        }

        Evidence evidence() {
            return source.evidence(line());
        }
    }

    /** Reads one claimed compose file. */
    void parse(String path) {
        parseFile(path, variablesFor(path), new HashSet<>());
    }

    /** Everything read so far, one component per id. */
    Collection result() {
        return new Collection(ContainerImages.mergeById(components), new ArrayList<>(problems));
    }

    private void parseFile(String path, ComposeVariables variables, Set<String> included) {
        if (!included.add(path)) {
            return;
        }
        Loaded file = load(path);
        if (file == null || file.root() == null) {
            return;
        }
        if (!(file.root() instanceof MappingNode)) {
            problems.add(Problems.at(path, SafeYaml.line(file.root()), 0, Message.of("compose.notCompose")));
            return;
        }
        Scope fileScope = fileScope(path);
        Node services = servicesNode(file.root());
        for (Map.Entry<String, Node> entry : YamlMaps.entries(services).entrySet()) {
            if (!(entry.getValue() instanceof MappingNode) || entry.getKey().startsWith("x-")) {
                continue;
            }
            Map<String, List<Attr>> view = resolve(file, entry.getKey(), 0, new HashSet<>());
            if (view != null) {
                Node key = YamlMaps.keyNode(services, entry.getKey());
                emit(path, entry.getKey(), key == null ? entry.getValue() : key, view, variables, fileScope,
                        file.source());
            }
        }
        for (Node include : includes(file.root())) {
            String written = variables.interpolate(SafeYaml.scalar(include).orElse("")).text();
            Optional<String> target = TreePaths.resolve(TreePaths.parent(path), written);
            if (target.isPresent() && files.contains(target.get())) {
                parseFile(target.get(), variables, included);
            } else {
                problems.add(Problems.at(path, SafeYaml.line(include), 0, Message.of("compose.includeMissing", written)));
            }
        }
    }

    /** {@code services:}; a legacy version 1 file has its services at the top level. */
    private static Node servicesNode(Node root) {
        Node services = YamlMaps.get(root, "services");
        if (services != null) {
            return services;
        }
        Map<String, Node> top = YamlMaps.entries(root);
        boolean legacy = !top.containsKey("version") && top.values().stream()
                .anyMatch(n -> YamlMaps.get(n, "image") != null || YamlMaps.get(n, "build") != null);
        return legacy ? root : null;
    }

    /** The path nodes of {@code include:} (short form or {@code path:} strings or lists). */
    private static List<Node> includes(Node root) {
        List<Node> paths = new ArrayList<>();
        for (Node item : SafeYaml.items(YamlMaps.get(root, "include"))) {
            if (item instanceof ScalarNode) {
                paths.add(item);
            } else {
                Node path = YamlMaps.get(item, "path");
                if (path instanceof ScalarNode) {
                    paths.add(path);
                } else {
                    SafeYaml.items(path).stream().filter(ScalarNode.class::isInstance).forEach(paths::add);
                }
            }
        }
        return paths;
    }

    /** A service's keys after {@code extends} and merge keys; null when the service does not exist. */
    private Map<String, List<Attr>> resolve(Loaded file, String name, int depth, Set<String> visiting) {
        Node service = YamlMaps.get(servicesNode(file.root()), name);
        if (!(service instanceof MappingNode)) {
            return null;
        }
        Map<String, List<Attr>> view = new LinkedHashMap<>();
        Map<String, Node> own = YamlMaps.entries(service);
        Node ext = own.get("extends");
        if (ext != null) {
            String key = file.path() + "#" + name;
            if (depth >= MAX_DEPTH || !visiting.add(key)) {
                problems.add(Problems.at(file.path(), SafeYaml.line(ext), 0, Message.of("compose.extendsCycle", name)));
            } else {
                view.putAll(base(file, ext, depth, visiting));
                visiting.remove(key);
            }
        }
        for (Map.Entry<String, Node> e : own.entrySet()) {
            if (e.getKey().equals("extends")) {
                continue;
            }
            Attr attr = new Attr(file.source(), e.getValue());
            if (ACCUMULATED.contains(e.getKey())) {
                view.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(attr);
            } else {
                view.put(e.getKey(), new ArrayList<>(List.of(attr)));
            }
        }
        return view;
    }

    /** The resolved service an {@code extends:} names, or nothing (with a problem) when it cannot be found. */
    private Map<String, List<Attr>> base(Loaded file, Node ext, int depth, Set<String> visiting) {
        String baseName = ext instanceof ScalarNode s ? s.getValue() : YamlMaps.string(ext, "service");
        String baseFile = ext instanceof ScalarNode ? null : YamlMaps.string(ext, "file");
        Loaded baseLoaded = file;
        if (baseFile != null) {
            Optional<String> target = TreePaths.resolve(TreePaths.parent(file.path()), baseFile);
            if (target.isEmpty() || !files.contains(target.get())) {
                problems.add(Problems.at(file.path(), SafeYaml.line(ext), 0,
                        Message.of("compose.extendsMissing", baseFile)));
                return Map.of();
            }
            baseLoaded = load(target.get());
            if (baseLoaded == null || baseLoaded.root() == null) {
                return Map.of();
            }
        }
        Map<String, List<Attr>> base = baseName == null ? null : resolve(baseLoaded, baseName, depth + 1, visiting);
        if (base == null) {
            problems.add(Problems.at(file.path(), SafeYaml.line(ext), 0, Message.of("compose.extendsServiceMissing",
                    String.valueOf(baseName), baseLoaded.path())));
            return Map.of();
        }
        Map<String, List<Attr>> copy = new LinkedHashMap<>();
        base.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }

    private void emit(String path, String serviceName, Node serviceKey, Map<String, List<Attr>> view,
            ComposeVariables variables, Scope fileScope, SourceText claimed) {
        Attr image = last(view.get("image"));
        Attr build = last(view.get("build"));
        if ((image == null || !(image.node() instanceof ScalarNode)) && build == null) {
            return;
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put(SERVICE_NAME, serviceName);
        List<String> profiles = scalars(last(view.get("profiles")), variables);
        if (!profiles.isEmpty()) {
            props.put(PROFILES, String.join(",", profiles));
        }
        Attr user = last(view.get("user"));
        if (user != null && user.node() instanceof ScalarNode s) {
            props.put(USER, variables.interpolate(s.getValue()).text());
        }
        List<String> ports = ports(view.get("ports"), variables);
        if (!ports.isEmpty()) {
            props.put(PORTS, String.join(",", ports));
        }
        List<String> envKeys = environmentKeys(view.get("environment"));
        if (!envKeys.isEmpty()) {
            props.put(ENVIRONMENT_KEYS, String.join(",", envKeys));
        }
        Attr privileged = last(view.get("privileged"));
        if (privileged != null && privileged.node() instanceof ScalarNode s) {
            props.put(PRIVILEGED, String.valueOf(isTrue(variables.interpolate(s.getValue()).text())));
        }
        Attr health = last(view.get("healthcheck"));
        if (health != null) {
            props.put(HEALTHCHECK, String.valueOf(!isTrue(YamlMaps.string(health.node(), "disable"))));
        }
        Scope scope = fileScope != Scope.RUNTIME ? fileScope : profileScope(profiles);
        Component component;
        if (build != null) {
            props.put(BUILT_FROM, builtFrom(build, variables, path));
            component = projectImage(image, build, serviceName, scope, props, variables);
        } else {
            String reference = variables.interpolate(((ScalarNode) image.node()).getValue()).text();
            component = ContainerImages.component(reference, scope, Roles.COMPOSE_SERVICE_IMAGE, image.evidence(), props)
                    .orElse(null);
        }
        if (component == null) {
            return;
        }
        if (!component.primaryEvidence().file().equals(path)) {
            component = withEvidence(component, claimed.evidence(SafeYaml.line(serviceKey)));
        }
        components.add(component);
    }

    /** A service built by the project: the application itself, never judged as a third-party product. */
    private static Component projectImage(Attr image, Attr build, String serviceName, Scope scope,
            Map<String, String> props, ComposeVariables variables) {
        Component base = null;
        if (image != null && image.node() instanceof ScalarNode s) {
            base = ContainerImages.component(variables.interpolate(s.getValue()).text(), scope,
                    Roles.COMPOSE_SERVICE_IMAGE, image.evidence(), props).orElse(null);
        }
        if (base == null) {
            base = Components.of(null, null, serviceName, null, ComponentType.CONTAINER, scope,
                    Roles.COMPOSE_SERVICE_IMAGE, build.evidence(), props);
        }
        return new Component(base.id(), base.name(), base.group(), base.version(), base.purl(), base.cpe(),
                base.type(), base.scope(), true, base.evidence(), base.properties());
    }

    /**
     * The tree path of the Dockerfile a {@code build:} uses, or the context as written (a URL, outside the tree).
     * Paths are relative to the file declaring {@code build:}; when that names no file of the tree and the service
     * comes from another file through {@code extends}, the main compose file's folder is tried too (the project
     * folder: Bauhaus-Back-Office's {@code compose/bauhaus-back.yaml} says {@code build: ../Dockerfile.bauhaus}
     * for the root's Dockerfile.bauhaus).
     */
    private String builtFrom(Attr build, ComposeVariables variables, String mainPath) {
        String context;
        String dockerfile = null;
        if (build.node() instanceof ScalarNode s) {
            context = s.getValue();
        } else {
            context = Optional.ofNullable(YamlMaps.string(build.node(), "context")).orElse(".");
            dockerfile = YamlMaps.string(build.node(), "dockerfile");
            if (dockerfile == null && YamlMaps.get(build.node(), "dockerfile_inline") != null) {
                return "inline";
            }
        }
        context = variables.interpolate(context).text();
        String file = dockerfile == null ? null : variables.interpolate(dockerfile).text();
        String first = null;
        for (String dir : List.of(TreePaths.parent(build.source().path()), TreePaths.parent(mainPath))) {
            Optional<String> candidate = dockerfilePath(dir, context, file);
            if (candidate.isPresent() && files.contains(candidate.get())) {
                return candidate.get();
            }
            if (first == null) {
                first = candidate.orElse(context);
            }
        }
        return first;
    }

    private Optional<String> dockerfilePath(String dir, String context, String dockerfile) {
        Optional<String> contextPath = TreePaths.resolve(dir, context);
        if (contextPath.isEmpty()) {
            return Optional.empty();
        }
        String name = TreePaths.fileName(contextPath.get());
        if (dockerfile == null && (files.contains(contextPath.get()) || DOCKERFILE_NAME.matcher(name).matches())) {
            return contextPath; // a Dockerfile given as the context
        }
        return TreePaths.resolve(contextPath.get(), dockerfile == null ? "Dockerfile" : dockerfile);
    }

    private static Component withEvidence(Component c, Evidence more) {
        List<Evidence> evidence = new ArrayList<>(c.evidence());
        if (!evidence.contains(more)) {
            evidence.add(more);
        }
        return new Component(c.id(), c.name(), c.group(), c.version(), c.purl(), c.cpe(), c.type(), c.scope(),
                c.subject(), evidence, c.properties());
    }

    /** {@code published:target[/protocol]} of each port, or {@code target} when nothing is published. */
    private static List<String> ports(List<Attr> attrs, ComposeVariables variables) {
        List<String> ports = new ArrayList<>();
        if (attrs == null) {
            return ports;
        }
        for (Attr attr : attrs) {
            for (Node item : SafeYaml.items(attr.node())) {
                if (item instanceof ScalarNode s) {
                    ports.add(shortPort(variables.interpolate(s.getValue()).text().strip()));
                } else if (item instanceof MappingNode) {
                    String target = YamlMaps.string(item, "target");
                    String published = YamlMaps.string(item, "published");
                    String protocol = YamlMaps.string(item, "protocol");
                    if (target != null) {
                        String t = variables.interpolate(target).text()
                                + (protocol == null || protocol.equalsIgnoreCase("tcp") ? "" : "/" + protocol);
                        ports.add(published == null ? t : variables.interpolate(published).text() + ":" + t);
                    }
                }
            }
        }
        return ports.stream().distinct().toList();
    }

    /** {@code [ip:][published:]target[/protocol]} as {@code published:target[/protocol]}. */
    private static String shortPort(String text) {
        String protocol = "";
        int slash = text.lastIndexOf('/');
        if (slash >= 0) {
            String p = text.substring(slash + 1);
            protocol = p.equalsIgnoreCase("tcp") ? "" : "/" + p;
            text = text.substring(0, slash);
        }
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            return text + protocol;
        }
        String target = text.substring(colon + 1);
        String head = text.substring(0, colon);
        int previous = head.lastIndexOf(':');
        String published = previous < 0 ? head : head.substring(previous + 1);
        if (head.endsWith("]")) { // [::1]:target
            published = "";
        }
        return (published.isEmpty() ? "" : published + ":") + target + protocol;
    }

    /** The variable names of {@code environment:} (mapping or {@code KEY=value} list); never their values. */
    private static List<String> environmentKeys(List<Attr> attrs) {
        Set<String> keys = new LinkedHashSet<>();
        if (attrs != null) {
            for (Attr attr : attrs) {
                if (attr.node() instanceof MappingNode) {
                    keys.addAll(YamlMaps.entries(attr.node()).keySet());
                } else {
                    for (Node item : SafeYaml.items(attr.node())) {
                        SafeYaml.scalar(item).map(s -> s.contains("=") ? s.substring(0, s.indexOf('=')) : s)
                                .map(String::strip).filter(s -> !s.isEmpty()).ifPresent(keys::add);
                    }
                }
            }
        }
        return List.copyOf(keys);
    }

    private static List<String> scalars(Attr attr, ComposeVariables variables) {
        if (attr == null) {
            return List.of();
        }
        if (attr.node() instanceof ScalarNode s) {
            return List.of(variables.interpolate(s.getValue()).text());
        }
        List<String> values = new ArrayList<>();
        if (attr.node() instanceof SequenceNode) {
            for (Node item : SafeYaml.items(attr.node())) {
                SafeYaml.scalar(item).map(v -> variables.interpolate(v).text()).ifPresent(values::add);
            }
        }
        return values;
    }

    static Scope profileScope(List<String> profiles) {
        if (profiles.isEmpty()) {
            return Scope.RUNTIME;
        }
        boolean allTest = true;
        boolean allQuiet = true;
        for (String profile : profiles) {
            String p = profile.strip().toLowerCase(Locale.ROOT);
            allTest &= TEST_PROFILES.contains(p);
            allQuiet &= TEST_PROFILES.contains(p) || TOOL_PROFILES.contains(p);
        }
        if (allTest) {
            return Scope.TEST;
        }
        if (allQuiet) {
            return profiles.stream().anyMatch(p -> TEST_PROFILES.contains(p.strip().toLowerCase(Locale.ROOT)))
                    ? Scope.TEST : Scope.BUILD;
        }
        return Scope.RUNTIME;
    }

    static Scope fileScope(String path) {
        String name = TreePaths.fileName(path).toLowerCase(Locale.ROOT);
        for (String part : name.split("[._-]")) {
            if (TEST_FILE_MARKERS.contains(part)) {
                return Scope.TEST;
            }
        }
        return Scope.RUNTIME;
    }

    private ComposeVariables variablesFor(String path) {
        String dir = TreePaths.parent(path);
        String env = dir.isEmpty() ? ".env" : dir + "/.env";
        if (!files.contains(env)) {
            return ComposeVariables.none();
        }
        try {
            SourceText.Result text = SourceText.decode(env, tree.read(env));
            if (text.problem() != null) {
                problems.add(text.problem());
                return ComposeVariables.none();
            }
            return new ComposeVariables(DotEnv.parse(text.text().text()));
        } catch (IOException e) {
            problems.add(Problems.unreadable(env, e));
            return ComposeVariables.none();
        }
    }

    private Loaded load(String path) {
        if (cache.containsKey(path)) {
            return cache.get(path);
        }
        Loaded loaded = null;
        try {
            SourceText.Result text = SourceText.decode(path, tree.read(path));
            if (text.problem() != null) {
                problems.add(text.problem());
            } else {
                SafeYaml.Result yaml = SafeYaml.load(text.text());
                if (yaml.problem() != null) {
                    problems.add(yaml.problem());
                }
                Node root = yaml.documents().isEmpty() ? null : yaml.documents().get(0);
                loaded = new Loaded(path, text.text(), root);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Problems.unreadable(path, e));
        }
        cache.put(path, loaded);
        return loaded;
    }

    private static Attr last(List<Attr> attrs) {
        return attrs == null || attrs.isEmpty() ? null : attrs.get(attrs.size() - 1);
    }

    private static boolean isTrue(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes")
                || value.equalsIgnoreCase("on"));
    }
}
