package fr.cctlint.cloudnative.check;

import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Rule;
import java.util.List;
import java.util.Objects;

/**
 * What a check found.
 *
 * @param rule       the check's rule
 * @param violations where the requirement is not met
 * @param checked    what was checked and passed (the grid's evidence for "met"); empty with no violations means
 *                   the check found nothing to judge
 * @param problems   files it could not read (CCT009)
 */
public record CheckResult(Rule rule, List<Violation> violations, List<Evidence> checked, List<Problem> problems) {
    public CheckResult {
        Objects.requireNonNull(rule, "rule");
        violations = List.copyOf(violations);
        checked = List.copyOf(checked);
        problems = List.copyOf(problems);
    }

    public enum Outcome { NOT_APPLICABLE, PASSED, FAILED }

    public Outcome outcome() {
        return !violations.isEmpty() ? Outcome.FAILED : checked.isEmpty() ? Outcome.NOT_APPLICABLE : Outcome.PASSED;
    }
}
