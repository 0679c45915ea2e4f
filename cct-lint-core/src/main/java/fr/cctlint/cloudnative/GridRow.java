package fr.cctlint.cloudnative;

import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.model.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * One requirement in the reviewer's grid.
 *
 * @param requirement the requirement as published
 * @param type        its type (meaning, severity)
 * @param verdict     what the checks say
 * @param violations  where it is not met (before waivers and baselines: the grid states the project as it is)
 * @param checked     what was checked and found fine
 */
public record GridRow(Requirement requirement, RequirementType type, GridVerdict verdict, List<Violation> violations,
        List<Evidence> checked) {
    public GridRow {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(verdict, "verdict");
        violations = List.copyOf(violations);
        checked = List.copyOf(checked);
    }
}
