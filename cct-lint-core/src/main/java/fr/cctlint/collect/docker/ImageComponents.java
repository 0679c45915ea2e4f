package fr.cctlint.collect.docker;

import fr.cctlint.collect.Components;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import fr.cctlint.referential.ImageName;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Container image components, for every collector that names images (Dockerfile, CI files): a
 * {@code pkg:docker} purl ({@code pkg:docker/library/postgres@16-alpine}; outside Docker Hub with a
 * {@code repository_url} qualifier naming the whole repository, e.g.
 * {@code pkg:docker/keycloak/keycloak@24.0?repository_url=quay.io/keycloak/keycloak}), the tag as version, the
 * digest in {@code cct:digest}, and unresolved references kept with their expression.
 */
public final class ImageComponents {
    /** Property: the digest an image is pinned to ({@code sha256:...}). */
    public static final String DIGEST = "cct:digest";
    /** Property: the reference as written when its repository is not known (a variable). */
    public static final String IMAGE_EXPRESSION = "cct:imageExpression";
    /** Property: the reference as written when its tag is not known. */
    public static final String VERSION_EXPRESSION = "cct:versionExpression";

    private ImageComponents() {
    }

    /** The Package URL of an image: tag as version (the digest when there is no tag). */
    public static String purl(ImageName image) {
        String[] segments = image.repository().split("/");
        String name = segments[segments.length - 1];
        String namespace = segments.length > 1
                ? String.join("/", java.util.Arrays.copyOf(segments, segments.length - 1)) : null;
        Map<String, String> qualifiers = new LinkedHashMap<>();
        if (ImageName.DOCKER_HUB.equals(image.registry())) {
            if (namespace == null) {
                namespace = "library";
            }
        } else {
            qualifiers.put("repository_url", image.registry() + "/" + image.repository());
        }
        String version = image.tag() != null ? image.tag() : image.digest();
        return Components.purl("docker", namespace, name, version, qualifiers);
    }

    /** The name shown for an image: its repository, with the registry host when it is not Docker Hub. */
    public static String name(ImageName image) {
        return ImageName.DOCKER_HUB.equals(image.registry()) ? image.repository()
                : image.registry() + "/" + image.repository();
    }

    /**
     * A CONTAINER component for an image reference.
     *
     * @param properties further facts (role-specific), added after the image's own
     */
    public static Component component(ImageReference reference, Scope scope, String role, Evidence evidence,
            Map<String, String> properties) {
        Map<String, String> props = new LinkedHashMap<>();
        ImageName image = reference.image();
        if (image != null && image.digest() != null) {
            props.put(DIGEST, image.digest());
        }
        if (reference.imageExpression() != null) {
            props.put(IMAGE_EXPRESSION, reference.imageExpression());
        }
        if (reference.versionExpression() != null) {
            props.put(VERSION_EXPRESSION, reference.versionExpression());
        }
        props.putAll(properties);
        if (image == null) {
            return Components.of(null, null, reference.written().strip(), null, ComponentType.CONTAINER, scope, role,
                    evidence, props);
        }
        return Components.of(purl(image), null, name(image), image.tag(), ComponentType.CONTAINER, scope, role,
                evidence, props);
    }
}
