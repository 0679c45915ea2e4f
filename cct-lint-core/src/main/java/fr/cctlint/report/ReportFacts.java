package fr.cctlint.report;

import fr.cctlint.model.Problem;
import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Suppression;
import fr.cctlint.policy.Rule;
import java.util.List;

/** Questions several reporters ask of an input report, answered once. Stateless. */
final class ReportFacts {
    private ReportFacts() {
    }

    /** Findings of the given component, in report order. */
    /** The waived findings of one assessed component. */
    static List<Suppression> suppressionsOf(InputReport input, Assessment assessment) {
        return input.suppressed().stream()
                .filter(s -> s.finding().component() != null && s.finding().component().equals(assessment.component()))
                .toList();
    }

    static List<Finding> findingsOf(InputReport input, Assessment assessment) {
        return input.findings().stream()
                .filter(f -> f.component() != null && f.component().equals(assessment.component()))
                .toList();
    }

    /**
     * Findings that belong to no assessed component (a waiver, a file), leaving out the CCT009 findings that
     * merely restate a read problem (those are reported with the problem).
     */
    static List<Finding> unattachedFindings(InputReport input) {
        return input.findings().stream()
                .filter(f -> f.component() == null
                        || input.assessments().stream().noneMatch(a -> a.component().equals(f.component())))
                .filter(f -> !restatesProblem(input, f))
                .toList();
    }

    /** True when the finding is the CCT009 finding of one of the input's read problems (same file and line). */
    static boolean restatesProblem(InputReport input, Finding finding) {
        return finding.rule() == Rule.CCT009 && finding.component() == null
                && input.problems().stream().anyMatch(p -> sameSpot(p, finding));
    }

    /** Read problems no CCT009 finding already reports. */
    static List<Problem> unreportedProblems(InputReport input) {
        return input.problems().stream()
                .filter(p -> input.findings().stream()
                        .noneMatch(f -> f.rule() == Rule.CCT009 && f.component() == null && sameSpot(p, f)))
                .toList();
    }

    private static boolean sameSpot(Problem problem, Finding finding) {
        return problem.file().equals(finding.location().file()) && Math.max(0, problem.line()) == finding.location().line();
    }
}
