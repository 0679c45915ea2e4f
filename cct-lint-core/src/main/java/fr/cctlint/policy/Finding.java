package fr.cctlint.policy;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.referential.Product;
import java.util.Objects;

/**
 * One thing a report says is wrong or worth a note.
 *
 * @param rule        which rule
 * @param severity    how serious, after the referential's status definitions and the project's overrides
 * @param component   the component concerned, or null (CCT009 on a file)
 * @param product     the referential row concerned, or null
 * @param message     what is wrong and what to do, localisable
 * @param location    where: the component's declaration, or the unreadable file
 * @param fingerprint stable across runs and line moves: rule + input + component identity
 */
public record Finding(Rule rule, Severity severity, Component component, Product product, Message message,
        Evidence location, String fingerprint) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
