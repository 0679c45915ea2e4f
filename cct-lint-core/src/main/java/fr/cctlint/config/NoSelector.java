package fr.cctlint.config;

import fr.cctlint.model.Component;
import fr.cctlint.referential.Product;

/** A text that cannot be a selector (the loader reports it): it matches nothing. */
record NoSelector(String text) implements ComponentSelector {

    @Override
    public boolean matches(Component component, Product product) {
        return false;
    }
}
