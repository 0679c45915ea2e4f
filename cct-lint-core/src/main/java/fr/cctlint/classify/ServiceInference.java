package fr.cctlint.classify;

import fr.cctlint.collect.Roles;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Adds to an inventory the backing services its client libraries imply: one component per kind of server (not per
 * client) when at least one client library takes part in the application (scope RUNTIME, OPTIONAL or PROVIDED: a
 * provided JDBC driver still talks to a database; test and build-scope clients imply nothing).
 *
 * <p>An inferred component has type SERVICE, scope RUNTIME, the server's name, no version, the entry's purl, id
 * {@code inferred:<id>}, the evidence of every client that implies it (first client first), and the properties
 * {@code cct:role} = {@link Roles#INFERRED_SERVICE}, {@link #INFERRED_FROM} (the clients' display names, comma
 * separated) and {@link #SERVICE} (the entry id).
 *
 * <p>When the same server is also declared explicitly in runtime scope (an image, a Helm chart, an SBOM service,
 * see {@link BackingServices#declaredBy}), or a server that {@code satisfiedBy} names is, the two merge: nothing is
 * inferred and the explicit component gets {@link #INFERRED_FROM}. The input's components keep their order;
 * inferred components are appended in the order of the knowledge file. Inferring twice changes nothing more.
 */
public final class ServiceInference {
    /** Property: the display names of the client libraries implying the server, comma separated. */
    public static final String INFERRED_FROM = "cct:inferredFrom";
    /** Property of an inferred component: the backing service id ({@code postgresql}). */
    public static final String SERVICE = "cct:service";
    /** Prefix of the id of an inferred component. */
    public static final String ID_PREFIX = "inferred:";

    private static final String SEPARATOR = ", ";
    private static final Set<Scope> CLIENT_SCOPES = EnumSet.of(Scope.RUNTIME, Scope.OPTIONAL, Scope.PROVIDED);
    private static final Set<Scope> DECLARING_SCOPES = EnumSet.of(Scope.RUNTIME, Scope.OPTIONAL);
    private static final Set<String> BUILD_ROLES = Set.of(Roles.CI_IMAGE, Roles.BUILD_STAGE_IMAGE, Roles.BUILD_PLUGIN);

    private final BackingServices services;

    public ServiceInference(BackingServices services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    /** The inventory with its implied backing services; the same instance when no client library is present. */
    public Inventory infer(Inventory inventory) {
        Map<BackingServices.Service, List<Component>> clientsByService = new LinkedHashMap<>();
        for (Component component : inventory.components()) {
            if (isClient(component)) {
                services.serverOf(component).ifPresent(service ->
                        clientsByService.computeIfAbsent(service, s -> new ArrayList<>()).add(component));
            }
        }
        if (clientsByService.isEmpty()) {
            return inventory;
        }
        Set<BackingServices.Service> declared = new LinkedHashSet<>();
        List<Component> components = new ArrayList<>(inventory.components().size() + clientsByService.size());
        for (Component component : inventory.components()) {
            List<BackingServices.Service> served = declaring(component) ? served(component, clientsByService) : List.of();
            declared.addAll(served);
            components.add(served.isEmpty() ? component : withInferredFrom(component, served, clientsByService));
        }
        for (BackingServices.Service service : services.services()) {
            List<Component> clients = clientsByService.get(service);
            if (clients != null && !declared.contains(service)) {
                components.add(inferred(service, clients));
            }
        }
        return new Inventory(inventory.source(), components, inventory.problems(), inventory.excludedCount());
    }

    /** A client library takes part in the application (inferred components are never clients). */
    private static boolean isClient(Component component) {
        return !component.subject() && CLIENT_SCOPES.contains(component.scope())
                && !Roles.INFERRED_SERVICE.equals(component.property(Roles.KEY));
    }

    /** A component can declare a server when it is deployed with the application, not only to build or test. */
    private static boolean declaring(Component component) {
        String role = component.property(Roles.KEY);
        return !component.subject() && DECLARING_SCOPES.contains(component.scope())
                && (role == null || !BUILD_ROLES.contains(role));
    }

    /** The implied servers this component declares, directly or through {@code satisfiedBy}. */
    private List<BackingServices.Service> served(Component component,
            Map<BackingServices.Service, List<Component>> clientsByService) {
        List<BackingServices.Service> declaredHere = services.declaredBy(component);
        if (declaredHere.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        declaredHere.forEach(s -> ids.add(s.id()));
        List<BackingServices.Service> served = new ArrayList<>();
        for (BackingServices.Service implied : clientsByService.keySet()) {
            if (ids.contains(implied.id()) || implied.satisfiedBy().stream().anyMatch(ids::contains)) {
                served.add(implied);
            }
        }
        return served;
    }

    private static Component withInferredFrom(Component component, List<BackingServices.Service> served,
            Map<BackingServices.Service, List<Component>> clientsByService) {
        Set<String> names = new LinkedHashSet<>();
        String existing = component.property(INFERRED_FROM);
        if (existing != null && !existing.isBlank()) {
            Arrays.stream(existing.split(SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        }
        for (BackingServices.Service service : served) {
            clientsByService.get(service).forEach(client -> names.add(client.displayName()));
        }
        Map<String, String> properties = new LinkedHashMap<>(component.properties());
        properties.put(INFERRED_FROM, String.join(SEPARATOR, names));
        return new Component(component.id(), component.name(), component.group(), component.version(),
                component.purl(), component.cpe(), component.type(), component.scope(), component.subject(),
                component.evidence(), properties);
    }

    private static Component inferred(BackingServices.Service service, List<Component> clients) {
        Set<Evidence> evidence = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Component client : clients) {
            evidence.addAll(client.evidence());
            names.add(client.displayName());
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(Roles.KEY, Roles.INFERRED_SERVICE);
        properties.put(INFERRED_FROM, String.join(SEPARATOR, names));
        properties.put(SERVICE, service.id());
        return new Component(service.componentId(), service.name(), null, null, service.purl(), null,
                ComponentType.SERVICE, Scope.RUNTIME, false, List.copyOf(evidence), properties);
    }
}
