package fr.cctlint.collect.ci;

import fr.cctlint.collect.Components;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import fr.cctlint.collect.docker.ImageComponents;
import fr.cctlint.collect.docker.ImageReference;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/** Gathers the images of one CI file: one build-only component per image, every line that names it as evidence. */
final class CiImages {
    /** Property: the CI job (or {@code default}) that uses the image. */
    static final String JOB = "cct:ciJob";
    /** Property: the alias or name of a service container. */
    static final String SERVICE = "cct:ciService";

    private final SourceText source;
    private final Map<String, Component> components = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    CiImages(SourceText source) {
        this.source = source;
    }

    /**
     * Adds an image named at a node.
     *
     * @param written     the reference as written
     * @param substituted after variable substitution
     * @param resolved    whether every variable was known
     * @param service     the service alias or name, or null for a job image
     */
    void add(Node at, String written, String substituted, boolean resolved, String job, String service) {
        if (written == null || written.isBlank()) {
            return;
        }
        int line = SafeYaml.line(at);
        var reference = ImageReference.of(written, substituted, resolved);
        if (reference.isEmpty()) {
            problem(line, Message.of("ci.invalidImage", written));
            return;
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put(JOB, job);
        if (service != null) {
            props.put(SERVICE, service);
        }
        Component c = ImageComponents.component(reference.get(), Scope.BUILD, Roles.CI_IMAGE, source.evidence(line), props);
        components.merge(c.id(), c, Components::merge);
    }

    void problem(int line, Message message) {
        problems.add(Problems.at(source.path(), line, 0, message));
    }

    void problem(Problem problem) {
        problems.add(problem);
    }

    fr.cctlint.collect.Collection build() {
        List<Component> sorted = new ArrayList<>(components.values());
        sorted.sort(java.util.Comparator.comparingInt(c -> c.primaryEvidence().line()));
        List<Problem> p = new ArrayList<>(problems);
        p.sort(java.util.Comparator.comparingInt(Problem::line));
        return new fr.cctlint.collect.Collection(sorted, p);
    }
}
