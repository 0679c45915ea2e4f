package fr.cctlint.referential;

import java.util.List;

/**
 * How components are recognised as a product of the referential.
 *
 * @param purls      Package URL patterns without version: {@code pkg:maven/org.springframework/spring-*},
 *                   {@code pkg:npm/jquery}; {@code *} is a glob within one segment
 * @param cpes       CPE vendor/product pairs
 * @param names      product names and aliases, compared case- and punctuation-insensitively with the
 *                   component's name when it has no purl nor CPE
 * @param images     container image repositories without registry prefix nor tag: {@code postgres},
 *                   {@code bitnami/postgresql}, {@code keycloak/keycloak}
 * @param osPackages OS package names (deb, rpm, apk): {@code postgresql-16}, {@code nginx}
 */
public record Selectors(List<String> purls, List<CpeSelector> cpes, List<String> names, List<String> images,
        List<String> osPackages) {

    public static final Selectors NONE = new Selectors(List.of(), List.of(), List.of(), List.of(), List.of());

    public Selectors {
        purls = List.copyOf(purls);
        cpes = List.copyOf(cpes);
        names = List.copyOf(names);
        images = List.copyOf(images);
        osPackages = List.copyOf(osPackages);
    }

    public boolean isEmpty() {
        return purls.isEmpty() && cpes.isEmpty() && names.isEmpty() && images.isEmpty() && osPackages.isEmpty();
    }

    /** The union of both, without duplicates, this one's entries first. */
    public Selectors plus(Selectors other) {
        return new Selectors(union(purls, other.purls), union(cpes, other.cpes), union(names, other.names),
                union(images, other.images), union(osPackages, other.osPackages));
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
