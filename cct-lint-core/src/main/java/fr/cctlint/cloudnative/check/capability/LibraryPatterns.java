package fr.cctlint.cloudnative.check.capability;

import fr.cctlint.model.Component;
import fr.cctlint.referential.PurlPattern;
import fr.cctlint.referential.SelectorIndex;
import java.util.List;
import java.util.Optional;

/**
 * Versionless Package URL patterns ({@code pkg:npm/@nestjs/terminus}, {@code pkg:maven/org.keycloak/keycloak-*})
 * matched against components' purls, folded the way the referential matcher folds them (case, PyPI separators).
 */
public final class LibraryPatterns {
    private final List<String> patterns;
    private final SelectorIndex<String> index;

    /** @throws IllegalArgumentException when a pattern is not a versionless {@code pkg:type/[namespace/]name} */
    public LibraryPatterns(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        SelectorIndex.Builder<String> builder = SelectorIndex.builder();
        for (String pattern : this.patterns) {
            PurlPattern parsed = PurlPattern.tryParse(pattern)
                    .orElseThrow(() -> new IllegalArgumentException("not a purl pattern: " + pattern));
            if (pattern.indexOf('@', pattern.lastIndexOf('/') + 1) >= 0) {
                throw new IllegalArgumentException("a library pattern has no version: " + pattern);
            }
            builder.add(parsed.key(), pattern, pattern);
        }
        this.index = builder.build();
    }

    public List<String> patterns() {
        return patterns;
    }

    /** The pattern that recognises this component's purl, or empty (no purl, no match). */
    public Optional<String> match(Component component) {
        return PurlPattern.tryParse(component.purl()).flatMap(p -> index.find(p.key())).map(SelectorIndex.Hit::selector);
    }

    /** The purl type of each pattern ({@code maven}, {@code npm}, {@code pypi}), for messages naming examples. */
    public List<String> ofType(String type) {
        return patterns.stream()
                .filter(p -> PurlPattern.tryParse(p).map(PurlPattern::type).filter(type::equals).isPresent())
                .toList();
    }
}
