package fr.cctlint.classify;

import fr.cctlint.model.Component;
import fr.cctlint.referential.PurlPattern;
import fr.cctlint.referential.SelectorIndex;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What cct-lint knows about products beyond what an SBOM says: which packages are servers operated on their
 * own even when they arrive as a package (a standalone Tomcat distribution, an Elasticsearch server, an
 * nginx Debian package), and which Package URL types are operating system packages. Loaded from
 * {@code rules/knowledge/operated-products.yaml} by {@link KnowledgeBaseLoader}.
 */
public final class KnowledgeBase {

    /** One operated product and the Package URL patterns (no version; {@code *} within a segment) that name it. */
    public record Entry(String product, List<String> purls) {
        public Entry {
            purls = List.copyOf(purls);
        }
    }

    private final List<Entry> operated;
    private final Set<String> osPackageTypes;
    private final SelectorIndex<Entry> index;

    /** @throws IllegalArgumentException when a pattern is not a {@code pkg:type/[namespace/]name} purl */
    public KnowledgeBase(List<Entry> operated, Set<String> osPackageTypes) {
        this.operated = List.copyOf(operated);
        this.osPackageTypes = Set.copyOf(osPackageTypes);
        SelectorIndex.Builder<Entry> builder = SelectorIndex.builder();
        for (Entry entry : this.operated) {
            for (String purl : entry.purls()) {
                String key = PurlPattern.tryParse(purl)
                        .orElseThrow(() -> new IllegalArgumentException("not a purl pattern: " + purl))
                        .key();
                builder.add(key, purl, entry);
            }
        }
        this.index = builder.build();
    }

    public static KnowledgeBase empty() {
        return new KnowledgeBase(List.of(), Set.of());
    }

    public List<Entry> operated() {
        return operated;
    }

    /** The operated product this component is a package of, if any. */
    public Optional<Entry> operatedProduct(Component component) {
        return PurlPattern.tryParse(component.purl())
                .flatMap(p -> index.find(p.key()))
                .map(hit -> hit.family().get(0));
    }

    /** The component is an operating system package (deb, rpm, apk...), judged with the image that holds it. */
    public boolean osPackage(Component component) {
        return PurlPattern.tryParse(component.purl())
                .map(PurlPattern::type)
                .filter(osPackageTypes::contains)
                .isPresent();
    }
}
