package fr.cctlint.cloudnative;

import fr.cctlint.policy.Rule;
import java.util.List;
import java.util.Objects;

/**
 * What cct-lint checks of one requirement, as declared in {@code requirements.yaml} next to it.
 *
 * @param coverage how much of the requirement the checks cover
 * @param rules    the rules whose checks judge it (empty when manual)
 * @param facts    the collector facts and files the checks read, for the reviewer (e.g. {@code dockerfile:USER})
 */
public record Automation(Coverage coverage, List<Rule> rules, List<String> facts) {
    public static final Automation MANUAL = new Automation(Coverage.MANUAL, List.of(), List.of());

    public Automation {
        Objects.requireNonNull(coverage, "coverage");
        rules = List.copyOf(rules);
        facts = List.copyOf(facts);
    }
}
