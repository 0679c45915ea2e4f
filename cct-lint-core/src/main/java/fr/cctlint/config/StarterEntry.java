package fr.cctlint.config;

import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.policy.Rule;
import java.util.Objects;

/**
 * One current finding {@code cct-lint init} turns into a declaration stub (and a commented waiver alternative).
 *
 * @param selector    the {@code component} text to write ({@link ComponentSelectors#textFor}); must be a valid
 *                    selector
 * @param displayName the component as shown in the comment above the stub
 * @param rule        {@link Rule#CCT001} or {@link Rule#CCT008}
 * @param evidence    where the component was found, or null
 */
public record StarterEntry(String selector, String displayName, Rule rule, Evidence evidence) {

    public StarterEntry {
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(rule, "rule");
        if (rule != Rule.CCT001 && rule != Rule.CCT008) {
            throw new IllegalArgumentException("a starter entry is for CCT001 or CCT008, not " + rule);
        }
        if (ComponentSelectors.problem(selector).isPresent()) {
            throw new IllegalArgumentException("not a component selector: " + selector);
        }
        selector = selector.strip();
    }

    /** The entry for a component of a finding: its versionless purl (or name), its display name, its evidence. */
    public static StarterEntry of(Component component, Rule rule) {
        return new StarterEntry(ComponentSelectors.textFor(component), component.displayName(), rule,
                component.primaryEvidence());
    }
}
