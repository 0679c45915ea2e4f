package fr.cctlint.referential;

import fr.cctlint.model.Component;
import java.util.Optional;

/** Recognises components as products of a referential. */
public interface ProductMatcher {
    Optional<Match> match(Component component);
}
