package fr.cctlint.collect;

import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The project's own images where manifests run them: a Kubernetes container, a compose service or a Helm value
 * whose image is named like one of the project's modules ({@code registry.example.org/rdv/rdv-api} for the Maven
 * module {@code rdv-api}) or like an image the project builds is the application itself, not a product someone
 * else operates. Those components become subjects, with the module they were recognised by in
 * {@value #KEY}.
 */
public final class ProjectImages {
    /** The project module or image an image was recognised as. */
    public static final String KEY = "cct:projectImage";

    private static final Set<String> RUN_ROLES = Set.of(Roles.KUBERNETES_CONTAINER_IMAGE, Roles.COMPOSE_SERVICE_IMAGE,
            Roles.HELM_VALUES_IMAGE);

    private ProjectImages() {
    }

    public static List<Component> mark(List<Component> components) {
        Map<String, String> own = new HashMap<>();
        for (Component c : components) {
            if (c.subject()) {
                String name = shortName(c);
                own.putIfAbsent(name, c.name());
            }
        }
        if (own.isEmpty()) {
            return components;
        }
        List<Component> marked = new ArrayList<>(components.size());
        for (Component c : components) {
            String module = c.subject() || c.type() != ComponentType.CONTAINER
                    || !RUN_ROLES.contains(c.property(Roles.KEY)) ? null : own.get(shortName(c));
            if (module == null) {
                marked.add(c);
                continue;
            }
            Map<String, String> properties = new HashMap<>(c.properties());
            properties.put(KEY, module);
            marked.add(new Component(c.id(), c.name(), c.group(), c.version(), c.purl(), c.cpe(), c.type(), c.scope(),
                    true, c.evidence(), properties));
        }
        return marked;
    }

    /** The last path segment of the name, lower case: {@code rdv-api} for {@code registry.example.org/rdv/rdv-api}. */
    private static String shortName(Component c) {
        String name = c.name();
        return name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
