package fr.cctlint.classify;

import fr.cctlint.model.Component;
import fr.cctlint.referential.PurlPattern;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What cct-lint knows about products beyond what an SBOM says: which packages are servers operated on their
 * own even when they arrive as a package (a standalone Tomcat distribution, an Elasticsearch server, an
 * nginx Debian package), and which Package URL types are operating system packages. Loaded from
 * {@code rules/knowledge/operated-products.yaml} by {@link KnowledgeBaseLoader}.
 */
public final class KnowledgeBase {

    /** One operated product and the Package URL patterns (no version; {@code *} within a segment) that name it. */
    public record Entry(String product, List<String> purls, List<Pattern> patterns) {
        public Entry {
            purls = List.copyOf(purls);
            patterns = List.copyOf(patterns);
        }

        /** @throws IllegalArgumentException when a pattern is not a {@code pkg:type/[namespace/]name} purl */
        public Entry(String product, List<String> purls) {
            this(product, purls, purls.stream().map(KnowledgeBase::compile).toList());
        }

        boolean matches(String key) {
            return patterns.stream().anyMatch(p -> p.matcher(key).matches());
        }
    }

    private final List<Entry> operated;
    private final Set<String> osPackageTypes;

    public KnowledgeBase(List<Entry> operated, Set<String> osPackageTypes) {
        this.operated = List.copyOf(operated);
        this.osPackageTypes = Set.copyOf(osPackageTypes);
    }

    public static KnowledgeBase empty() {
        return new KnowledgeBase(List.of(), Set.of());
    }

    public List<Entry> operated() {
        return operated;
    }

    /** The operated product this component is a package of, if any. */
    public Optional<Entry> operatedProduct(Component component) {
        Optional<String> key = PurlPattern.tryParse(component.purl()).map(PurlPattern::key);
        return key.flatMap(k -> operated.stream().filter(e -> e.matches(k)).findFirst());
    }

    /** The component is an operating system package (deb, rpm, apk...), judged with the image that holds it. */
    public Optional<Entry> osPackage(Component component) {
        return PurlPattern.tryParse(component.purl())
                .map(PurlPattern::type)
                .filter(osPackageTypes::contains)
                .map(type -> new Entry(type, List.of()));
    }

    /** A purl pattern as a regular expression over {@link PurlPattern#key()}s; {@code *} stays within a segment. */
    private static Pattern compile(String purlPattern) {
        String key = PurlPattern.tryParse(purlPattern)
                .orElseThrow(() -> new IllegalArgumentException("not a purl pattern: " + purlPattern))
                .key();
        StringBuilder sb = new StringBuilder();
        for (String part : key.split("\\*", -1)) {
            if (sb.length() > 0) {
                sb.append("[^/]*");
            }
            sb.append(Pattern.quote(part));
        }
        return Pattern.compile(sb.toString());
    }
}
