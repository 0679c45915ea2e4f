package fr.cctlint.policy;

import fr.cctlint.config.Waiver;
import java.util.Objects;

/** A finding that an active waiver of the project file suppresses: still reported, as waived. */
public record Suppression(Finding finding, Waiver waiver) {
    public Suppression {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(waiver, "waiver");
    }
}
