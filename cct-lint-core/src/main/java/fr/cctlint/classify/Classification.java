package fr.cctlint.classify;

import fr.cctlint.i18n.Message;
import java.util.Objects;

/** A deployment decision with the reason a reviewer reads. */
public record Classification(Deployment deployment, Message reason) {
    public Classification {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(reason, "reason");
    }
}
