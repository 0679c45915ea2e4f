package fr.cctlint.collect.compose;

import fr.cctlint.collect.Components;
import fr.cctlint.collect.docker.ImageComponents;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import fr.cctlint.referential.ImageName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an image reference written in a deployment file (compose, Kubernetes, Helm values) into a CONTAINER
 * component, through {@link ImageName}: {@code quay.io/keycloak/keycloak:24.0} becomes
 * {@code pkg:docker/keycloak/keycloak@24.0?repository_url=quay.io/keycloak/keycloak}, {@code postgres:16-alpine}
 * becomes {@code pkg:docker/library/postgres@16-alpine}. The component's version is the tag as written (the
 * matcher reads the product version from it: {@code 16-alpine} is PostgreSQL 16); a digest-only reference has no
 * version and its digest as purl version.
 *
 * <p>A reference that still holds an unresolved expression ({@code ${REGISTRY}/app}, {@code {{ .Values.tag }}})
 * is never guessed: when only the tag is an expression the repository is kept with a null version and the tag
 * in {@code cct:versionExpression}; otherwise the component is named by the expression, without purl, with the
 * expression in {@code cct:imageExpression}.
 *
 * <p>Shared by the compose, Kubernetes and Helm collectors; purls, names and property keys are those of the
 * Dockerfile collector's {@link ImageComponents}, so one image gets one id whichever file names it. Unlike
 * Dockerfile references, these may hold Helm template placeholders, which are handled here.
 */
public final class ContainerImages {
    /** The image reference as written (after variable substitution). */
    public static final String IMAGE_REFERENCE = "cct:imageReference";
    /** An image reference that could not be resolved (variables without value). */
    public static final String IMAGE_EXPRESSION = ImageComponents.IMAGE_EXPRESSION;
    /** A version (tag) that could not be resolved. */
    public static final String VERSION_EXPRESSION = ImageComponents.VERSION_EXPRESSION;
    /** The image digest ({@code sha256:...}) when the reference pins one (the Dockerfile collector's key). */
    public static final String IMAGE_DIGEST = ImageComponents.DIGEST;

    private ContainerImages() {
    }

    /** Whether a reference still holds a compose variable or a template placeholder. */
    public static boolean isExpression(String reference) {
        return reference.contains("${") || reference.contains("{{") || reference.matches("(?s).*\\$[A-Za-z_].*");
    }

    /**
     * The component an image reference names, or empty when the reference is blank.
     *
     * @param reference  the reference, variables already substituted where they could be
     * @param scope      RUNTIME, TEST, BUILD...
     * @param role       one of {@link fr.cctlint.collect.Roles}
     * @param evidence   where it is written
     * @param properties facts of the declaring service or container
     */
    public static Optional<Component> component(String reference, Scope scope, String role, Evidence evidence,
            Map<String, String> properties) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String ref = reference.strip();
        Map<String, String> props = new LinkedHashMap<>(properties);
        props.put(IMAGE_REFERENCE, ref);
        Optional<ImageName> parsed = ImageName.parse(ref);
        if (parsed.isPresent()) {
            return Optional.of(of(parsed.get(), scope, role, evidence, props));
        }
        if (isExpression(ref)) {
            Optional<ImageName> withoutTag = splitTag(ref).flatMap(parts -> ImageName.parse(parts[0])
                    .filter(image -> image.tag() == null && image.digest() == null)
                    .map(image -> {
                        props.put(VERSION_EXPRESSION, parts[1]);
                        return image;
                    }));
            if (withoutTag.isPresent()) {
                return Optional.of(of(withoutTag.get(), scope, role, evidence, props));
            }
            props.put(IMAGE_EXPRESSION, ref);
        }
        return Optional.of(Components.of(null, null, ref, null, ComponentType.CONTAINER, scope, role, evidence, props));
    }

    /** The component of a parsed image. */
    public static Component of(ImageName image, Scope scope, String role, Evidence evidence,
            Map<String, String> properties) {
        Map<String, String> props = new LinkedHashMap<>(properties);
        if (image.digest() != null) {
            props.put(IMAGE_DIGEST, image.digest());
        }
        return Components.of(purl(image), null, displayName(image), image.tag(), ComponentType.CONTAINER, scope, role,
                evidence, props);
    }

    /** The {@code pkg:docker} purl of an image, as the Dockerfile collector writes it (same component ids). */
    public static String purl(ImageName image) {
        return ImageComponents.purl(image);
    }

    /** {@code quay.io/keycloak/keycloak}, or {@code postgres} for Docker Hub: the name reviewers know. */
    public static String displayName(ImageName image) {
        return ImageComponents.name(image);
    }

    /** {@code name} and {@code tag} when the text ends with {@code :tag} after its last slash. */
    private static Optional<String[]> splitTag(String ref) {
        String rest = ref;
        int at = rest.indexOf('@');
        if (at >= 0) {
            rest = rest.substring(0, at);
        }
        int colon = rest.lastIndexOf(':');
        if (colon <= rest.lastIndexOf('/') || colon == rest.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new String[] {rest.substring(0, colon), rest.substring(colon + 1)});
    }

    /**
     * One component per id, in first-seen order: the same image used by several services or containers is one
     * component with every piece of evidence. Property values that differ between the occurrences are kept as
     * the comma-separated list of the distinct values (list values are split first), in evidence order (a check
     * reading {@code cct:user} then sees {@code 1000,root}); the scope is the most operated one (RUNTIME before
     * OPTIONAL, TEST, BUILD); an image built by the project in one place (a subject) is a subject everywhere.
     */
    public static List<Component> mergeById(List<Component> components) {
        Map<String, List<Component>> byId = new LinkedHashMap<>();
        for (Component c : components) {
            byId.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
        }
        List<Component> merged = new ArrayList<>();
        for (List<Component> same : byId.values()) {
            merged.add(same.size() == 1 ? same.get(0) : merge(same));
        }
        return List.copyOf(merged);
    }

    private static Component merge(List<Component> same) {
        Component first = same.get(0);
        List<Evidence> evidence = new ArrayList<>();
        Map<String, Set<String>> values = new LinkedHashMap<>();
        Scope scope = first.scope();
        boolean subject = false;
        for (Component c : same) {
            c.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
            c.properties().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> values.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>())
                            .addAll(List.of(e.getValue().split(",", -1))));
            if (rank(c.scope()) < rank(scope)) {
                scope = c.scope();
            }
            subject |= c.subject(); // an image the project builds somewhere is the project's own everywhere
        }
        Map<String, String> props = new LinkedHashMap<>();
        values.forEach((key, set) -> props.put(key, String.join(",", set)));
        return new Component(first.id(), first.name(), first.group(), first.version(), first.purl(), first.cpe(),
                first.type(), scope, subject, evidence, props);
    }

    private static int rank(Scope scope) {
        return switch (scope) {
            case RUNTIME -> 0;
            case OPTIONAL -> 1;
            case PROVIDED -> 2;
            case TEST -> 3;
            case BUILD -> 4;
            case EXCLUDED -> 5;
        };
    }
}
