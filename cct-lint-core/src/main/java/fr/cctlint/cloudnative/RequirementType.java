package fr.cctlint.cloudnative;

import fr.cctlint.policy.Severity;
import java.util.Map;
import java.util.Objects;

/**
 * A requirement type as the CCT letters it (P, I, or none given), with its meaning in each language and the
 * severity a finding against it gets.
 *
 * @param code     the letter as published ({@code P}, {@code I}); empty when the row gives none
 * @param meaning  the meaning per language tag ({@code fr}, {@code en})
 * @param severity the default severity of findings against requirements of this type
 */
public record RequirementType(String code, Map<String, String> meaning, Severity severity) {
    public RequirementType {
        Objects.requireNonNull(code, "code");
        meaning = Map.copyOf(meaning);
        Objects.requireNonNull(severity, "severity");
    }

    /** The meaning in that language, falling back to French (the published language). */
    public String meaning(String language) {
        return meaning.getOrDefault(language, meaning.getOrDefault("fr", code));
    }
}
