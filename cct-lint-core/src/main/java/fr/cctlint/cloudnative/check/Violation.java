package fr.cctlint.cloudnative.check;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import java.util.Objects;

/**
 * One place where a requirement is not met.
 *
 * @param location  file, line and the quoted text (a secret's value masked)
 * @param message   what is wrong and what to do
 * @param subject   stable identity of what is wrong, for fingerprints that survive line moves
 *                  (e.g. {@code Dockerfile:final-stage-user}, {@code application.yml:spring.datasource.password})
 * @param component the component concerned (an image...), or null
 */
public record Violation(Evidence location, Message message, String subject, Component component) {
    public Violation {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(subject, "subject");
    }
}
