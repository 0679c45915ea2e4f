package fr.cctlint.policy;

import fr.cctlint.classify.Classification;
import fr.cctlint.model.Component;
import fr.cctlint.referential.Match;
import java.util.Objects;

/**
 * Everything decided about one component: how it is deployed and why, which referential rows it matches
 * (null when unlisted), and the verdict.
 */
public record Assessment(Component component, Classification classification, Match match, Verdict verdict) {
    public Assessment {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The status letter of the matched row, or null. */
    public String status() {
        return match != null && match.entry() != null ? match.entry().status() : null;
    }
}
