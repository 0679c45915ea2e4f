package fr.cctlint.referential;

import java.util.List;
import java.util.Objects;

/**
 * A component recognised as a product of the referential.
 *
 * @param family    every row of the recognised product (e.g. Tomcat 7, 8 and 9), in referential order; never empty
 * @param entry     the row whose version constraint covers the component's version, or null when none does
 *                  (or when the version is unknown and the rows disagree)
 * @param matchedBy the selector that recognised it, quoted in reports: {@code purl pkg:maven/org.apache.tomcat/*}
 */
public record Match(List<Product> family, Product entry, String matchedBy) {
    public Match {
        family = List.copyOf(family);
        if (family.isEmpty()) {
            throw new IllegalArgumentException("a match names at least one referential row");
        }
        Objects.requireNonNull(matchedBy, "matchedBy");
    }

    public boolean versionListed() {
        return entry != null;
    }

    /** The published versions of the family, for messages: {@code 7, 8, 9 – Version SILL}. */
    public String listedVersions() {
        return String.join(", ", family.stream().map(Product::versionLabel).distinct().toList());
    }
}
