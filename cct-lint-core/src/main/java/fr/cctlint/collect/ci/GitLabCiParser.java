package fr.cctlint.collect.ci;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import fr.cctlint.collect.docker.Variables;
import fr.cctlint.i18n.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A {@code .gitlab-ci.yml}: the top-level and {@code default:} image and services, and every job's (hidden
 * template jobs included, since {@code extends:} reuses them). Images as a string or {@code {name: ...}};
 * services as strings or {@code {name, alias}}; YAML anchors and merge keys ({@code <<: *defaults}) and
 * {@code !reference [.job, image]} tags are followed within the file. Variables defined in the file's
 * {@code variables:} are substituted; others ({@code $CI_REGISTRY_IMAGE}) stay unresolved. Included files
 * ({@code include:}) are not read.
 */
final class GitLabCiParser {
    private static final Set<String> RESERVED = Set.of("image", "services", "stages", "types", "before_script",
            "after_script", "variables", "cache", "include", "default", "workflow", "spec");
    private static final String REFERENCE_TAG = "!reference";
    private static final int MAX_REFERENCE_DEPTH = 10;

    private final SourceText source;
    private final CiImages images;
    private Node root;
    private Map<String, String> globals = Map.of();

    private GitLabCiParser(SourceText source) {
        this.source = source;
        this.images = new CiImages(source);
    }

    static Collection parse(SourceText source) {
        return new GitLabCiParser(source).run();
    }

    private Collection run() {
        SafeYaml.Result yaml = SafeYaml.load(source);
        if (yaml.problem() != null) {
            images.problem(yaml.problem());
        }
        for (Node document : yaml.documents()) {
            if (!(document instanceof MappingNode)) {
                images.problem(SafeYaml.line(document), Message.of("ci.notMapping"));
                continue;
            }
            if (SafeYaml.get(document, "spec").isPresent() && yaml.documents().size() > 1) {
                continue; // a CI component's header document
            }
            root = document;
            globals = variables(document);
            job(document, "default", globals, true);
            SafeYaml.get(document, "default").ifPresent(d -> job(d, "default", globals, false));
            for (NodeTuple tuple : SafeYaml.entries(document)) {
                String name = SafeYaml.scalar(tuple.getKeyNode()).orElse("");
                if (!RESERVED.contains(name) && !name.equals("<<") && tuple.getValueNode() instanceof MappingNode) {
                    Map<String, String> vars = new HashMap<>(globals);
                    vars.putAll(variables(tuple.getValueNode()));
                    job(tuple.getValueNode(), name, vars, false);
                }
            }
        }
        return images.build();
    }

    /** The image and services of a job (or of the top level / {@code default:}). */
    private void job(Node job, String name, Map<String, String> vars, boolean topLevel) {
        Optional<Node> image = topLevel ? SafeYaml.get(job, "image").map(this::deref) : key(job, "image");
        image.ifPresent(node -> image(node, name, vars, null));
        Optional<Node> services = topLevel ? SafeYaml.get(job, "services").map(this::deref) : key(job, "services");
        services.ifPresent(list -> {
            for (Node item : SafeYaml.items(list)) {
                Node service = deref(item);
                if (service instanceof SequenceNode nested) { // a !reference to a list of services
                    nested.getValue().forEach(n -> service(deref(n), name, vars));
                } else {
                    service(service, name, vars);
                }
            }
        });
    }

    private void service(Node service, String job, Map<String, String> vars) {
        if (service instanceof ScalarNode s) {
            image(s, job, vars, s.getValue());
        } else if (service instanceof MappingNode) {
            String alias = SafeYaml.string(service, "alias").or(() -> SafeYaml.string(service, "name")).orElse("");
            image(service, job, vars, alias);
        }
    }

    private void image(Node node, String job, Map<String, String> vars, String service) {
        Node nameNode = node;
        if (node instanceof MappingNode) {
            Optional<Node> name = SafeYaml.get(node, "name").map(this::deref);
            if (name.isEmpty()) {
                images.problem(SafeYaml.line(node), Message.of("ci.imageWithoutName"));
                return;
            }
            nameNode = name.get();
        }
        if (!(nameNode instanceof ScalarNode scalar)) {
            return; // an unresolvable !reference (to an included file) or a list: nothing certain to report
        }
        String written = scalar.getValue();
        Variables.Substitution sub = Variables.substitute(written, n -> lookup(n, vars, 0), '\\');
        images.add(scalar, written, sub.text(), sub.resolved(), job, service);
    }

    /** A variable's value from the file's variables, itself expanded; empty for predefined or unknown ones. */
    private Optional<String> lookup(String name, Map<String, String> vars, int depth) {
        String value = vars.get(name);
        if (value == null || depth > 5) {
            return Optional.empty();
        }
        Variables.Substitution sub = Variables.substitute(value, n -> lookup(n, vars, depth + 1), '\\');
        return sub.resolved() ? Optional.of(sub.text()) : Optional.empty();
    }

    private static Map<String, String> variables(Node owner) {
        Map<String, String> vars = new HashMap<>();
        SafeYaml.get(owner, "variables").ifPresent(node -> {
            for (NodeTuple tuple : SafeYaml.entries(node)) {
                Optional<String> key = SafeYaml.scalar(tuple.getKeyNode());
                Optional<String> value = SafeYaml.scalar(tuple.getValueNode())
                        .or(() -> SafeYaml.string(tuple.getValueNode(), "value"));
                if (key.isPresent() && value.isPresent()) {
                    vars.put(key.get(), value.get());
                }
            }
        });
        return vars;
    }

    /** A job key, directly or through YAML merge keys ({@code <<: *template}). */
    private Optional<Node> key(Node job, String key) {
        return key(job, key, 0);
    }

    private Optional<Node> key(Node job, String key, int depth) {
        Optional<Node> direct = SafeYaml.get(job, key);
        if (direct.isPresent() || depth > MAX_REFERENCE_DEPTH) {
            return direct.map(this::deref);
        }
        for (NodeTuple tuple : SafeYaml.entries(job)) {
            if ("<<".equals(SafeYaml.scalar(tuple.getKeyNode()).orElse(null))) {
                Node merged = tuple.getValueNode();
                List<Node> sources = merged instanceof SequenceNode seq ? seq.getValue() : List.of(merged);
                for (Node m : sources) {
                    Optional<Node> found = key(m, key, depth + 1);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Follows {@code !reference [.job, key, ...]} within the file; the node itself otherwise. */
    private Node deref(Node node) {
        Node current = node;
        for (int depth = 0; depth < MAX_REFERENCE_DEPTH; depth++) {
            if (!(current instanceof SequenceNode seq) || !REFERENCE_TAG.equals(current.getTag().getValue())) {
                return current;
            }
            Node target = root;
            for (Node part : seq.getValue()) {
                Optional<String> step = SafeYaml.scalar(part);
                Optional<Node> next = step.isEmpty() ? Optional.empty() : SafeYaml.get(target, step.get());
                if (next.isEmpty()) {
                    return current; // defined in an included file: left as is
                }
                target = next.get();
            }
            current = target;
        }
        return current;
    }
}
