package fr.cctlint.config;

import fr.cctlint.model.Component;
import fr.cctlint.referential.Product;

/**
 * Which components a declaration or waiver names: a Package URL, as a prefix ({@code pkg:docker/minio/minio}
 * covers every version) or a glob ({@code pkg:npm/@angular/*}), or a bare product name ({@code mysql}) compared,
 * case- and punctuation-insensitively, with the component's name and with the name of the referential product it
 * was recognised as.
 */
public interface ComponentSelector {

    /** Whether the selector covers the component (product: the referential row it matched, or null). */
    boolean matches(Component component, Product product);

    /** The selector as written, for messages. */
    String text();
}
