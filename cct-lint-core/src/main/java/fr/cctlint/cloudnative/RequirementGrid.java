package fr.cctlint.cloudnative;

import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.CheckResult.Outcome;
import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.model.Evidence;
import fr.cctlint.policy.Rule;
import fr.cctlint.referential.Provenance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reviewer's grid: every Cloud Native requirement in the CCT's order with its verdict. A requirement no check
 * covers, or whose checks found nothing to judge, is left to the reviewer; one whose checks found a violation is
 * not met; one whose checks passed is met when they cover it in full, partly checked otherwise.
 *
 * @param provenance where the requirements come from, to cite
 * @param rows       one per requirement, in the CCT's order
 */
public record RequirementGrid(Provenance provenance, List<GridRow> rows) {
    public RequirementGrid {
        Objects.requireNonNull(provenance, "provenance");
        rows = List.copyOf(rows);
    }

    /**
     * The grid of one input.
     *
     * @param results the checks' results; empty when the input has no files to check (an SBOM)
     */
    public static RequirementGrid of(Requirements requirements, List<CheckResult> results) {
        Map<Rule, CheckResult> byRule = new EnumMap<>(Rule.class);
        results.forEach(r -> byRule.put(r.rule(), r));
        List<GridRow> rows = new ArrayList<>(requirements.requirements().size());
        for (Requirement requirement : requirements.requirements()) {
            List<CheckResult> own = requirement.automation().rules().stream().map(byRule::get)
                    .filter(Objects::nonNull).toList();
            List<Violation> violations = own.stream().flatMap(r -> r.violations().stream()).toList();
            List<Evidence> checked = own.stream().flatMap(r -> r.checked().stream()).toList();
            rows.add(new GridRow(requirement, requirements.type(requirement),
                    verdict(requirement.automation().coverage(), own), violations, checked));
        }
        return new RequirementGrid(requirements.provenance(), rows);
    }

    private static GridVerdict verdict(Coverage coverage, List<CheckResult> results) {
        if (coverage == Coverage.MANUAL || results.isEmpty()) {
            return GridVerdict.TO_ASSESS;
        }
        if (results.stream().anyMatch(r -> r.outcome() == Outcome.FAILED)) {
            return GridVerdict.NOT_MET;
        }
        if (results.stream().noneMatch(r -> r.outcome() == Outcome.PASSED)) {
            return GridVerdict.TO_ASSESS;
        }
        return coverage == Coverage.FULL ? GridVerdict.MET : GridVerdict.PARTLY_CHECKED;
    }

    /** How many requirements have each verdict, every verdict present. */
    public Map<GridVerdict, Integer> counts() {
        Map<GridVerdict, Integer> counts = new EnumMap<>(GridVerdict.class);
        for (GridVerdict v : GridVerdict.values()) {
            counts.put(v, 0);
        }
        rows.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
        return counts;
    }
}
