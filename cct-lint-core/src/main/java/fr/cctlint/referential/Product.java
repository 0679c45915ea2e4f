package fr.cctlint.referential;

import fr.cctlint.model.Evidence;
import java.util.Objects;

/**
 * One row of a product referential.
 *
 * @param ref          reference id, e.g. {@code AT-1541}
 * @param name         product name as published ("Composant")
 * @param supplier     supplier as published ("Fournisseur")
 * @param part         the part, e.g. {@code Partie 2 : Architecture Technique - [ AT ]}
 * @param chapter      the chapter, e.g. {@code Chapitre 6 : Tiers Données - [ TD ]}
 * @param openSource   true for free software ({@code *_open} cells), false for vendor products
 * @param supportLL    true when covered by the ministry's free-software support contract ("Supp. LL" = Oui)
 * @param versionText  the version as published, verbatim (may be empty)
 * @param constraint   the parsed constraint ({@code *} when the text names no version)
 * @param status       the status letter
 * @param comment      usage conditions and notes as published ("Commentaires"), plain text
 * @param change       edition change marker: {@code unchanged}, {@code new}, {@code updated}, or null
 * @param selectors    how components are recognised as this product
 * @param origin       where this row is defined (referential file and line), for validation messages
 */
public record Product(String ref, String name, String supplier, String part, String chapter, boolean openSource,
        boolean supportLL, String versionText, VersionConstraint constraint, String status, String comment,
        String change, Selectors selectors, Evidence origin) {

    public Product {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(selectors, "selectors");
        versionText = versionText == null ? "" : versionText;
        comment = comment == null ? "" : comment;
    }

    public Product withSelectors(Selectors newSelectors) {
        return new Product(ref, name, supplier, part, chapter, openSource, supportLL, versionText, constraint, status,
                comment, change, newSelectors, origin);
    }

    /** The version as published, or the constraint expression when nothing was published. */
    public String versionLabel() {
        return versionText.isBlank() ? constraint.expression() : versionText;
    }
}
