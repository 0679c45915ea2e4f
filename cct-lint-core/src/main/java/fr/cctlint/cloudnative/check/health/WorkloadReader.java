package fr.cctlint.cloudnative.check.health;

import fr.cctlint.cloudnative.check.support.TemplateText;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the containers of long-running workloads (the kinds given: Deployment, StatefulSet, DaemonSet...) from one
 * YAML file, several documents and {@code List} kinds included, with their probes. The pod template is
 * {@code spec.template.spec}; init and ephemeral containers are not judged (probes do not apply to them).
 *
 * <p>A Helm template is read through {@link TemplateText}: a probe key counts whatever its value (it comes from
 * the values), and a template directive inside the container that names probes ({@code toYaml .Values.livenessProbe})
 * counts as the probe it names ({@code probe} alone: both). A template that is not YAML even so gives nothing.
 */
final class WorkloadReader {
    private static final String LIVENESS = "livenessProbe";
    private static final String READINESS = "readinessProbe";

    private final Set<String> kinds;

    WorkloadReader(Set<String> kinds) {
        this.kinds = Set.copyOf(kinds);
    }

    List<ContainerProbes> read(SourceText source) {
        boolean templated = TemplateText.isTemplate(source.text());
        TemplateText template = templated ? TemplateText.of(source.text()) : null;
        SourceText yaml = templated ? SourceText.of(source.path(), template.yaml()) : source;
        List<ContainerProbes> out = new ArrayList<>();
        for (Node document : SafeYaml.load(yaml).documents()) {
            object(source, template, document, out, 0);
        }
        return List.copyOf(out);
    }

    private void object(SourceText source, TemplateText template, Node document, List<ContainerProbes> out, int depth) {
        Optional<String> kind = SafeYaml.string(document, "kind");
        if (kind.isEmpty() || SafeYaml.get(document, "apiVersion").isEmpty() || depth > 3) {
            return;
        }
        if (kind.get().endsWith("List")) {
            SafeYaml.get(document, "items").ifPresent(items ->
                    SafeYaml.items(items).forEach(item -> object(source, template, item, out, depth + 1)));
            return;
        }
        if (!kinds.contains(kind.get())) {
            return;
        }
        String workload = kind.get() + "/" + SafeYaml.get(document, "metadata")
                .flatMap(m -> SafeYaml.string(m, "name")).orElse("");
        Optional<Node> containers = SafeYaml.get(document, "spec").flatMap(s -> SafeYaml.get(s, "template"))
                .flatMap(t -> SafeYaml.get(t, "spec")).flatMap(p -> SafeYaml.get(p, "containers"));
        for (Node container : containers.map(SafeYaml::items).orElse(List.of())) {
            if (container instanceof MappingNode) {
                out.add(container(source, template, workload, container));
            }
        }
    }

    private static ContainerProbes container(SourceText source, TemplateText template, String workload, Node container) {
        int line = SafeYaml.line(container);
        boolean liveness = has(container, LIVENESS, template != null);
        boolean readiness = has(container, READINESS, template != null);
        if (template != null && !(liveness && readiness)) {
            int last = container.getEndMark() == null ? line : container.getEndMark().getLine() + 1;
            for (String directive : template.directivesBetween(line, last).values()) {
                String lower = directive.toLowerCase(Locale.ROOT);
                boolean generic = lower.contains("probe") && !lower.contains("liveness") && !lower.contains("readiness");
                liveness |= lower.contains("liveness") || generic;
                readiness |= lower.contains("readiness") || generic;
            }
        }
        String name = SafeYaml.string(container, "name").orElse("");
        return new ContainerProbes(source.evidence(line), workload, name, liveness, readiness);
    }

    /** A probe key: a mapping in a manifest; any value in a template (it comes from the values). */
    private static boolean has(Node container, String key, boolean templated) {
        Optional<Node> value = SafeYaml.get(container, key);
        if (value.isEmpty()) {
            return false;
        }
        return value.get() instanceof MappingNode
                || templated && !(value.get() instanceof ScalarNode s && s.getValue().equals("false"));
    }
}
