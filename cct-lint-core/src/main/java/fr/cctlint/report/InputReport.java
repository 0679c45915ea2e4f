package fr.cctlint.report;

import fr.cctlint.model.Problem;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import java.util.List;

/**
 * The judgement of one input (an SBOM, a folder, a git revision): every component assessed, the findings in
 * report order (severity, then file, line, rule), the read problems, and the count of components left out.
 */
public record InputReport(SourceInfo source, List<Assessment> assessments, List<Finding> findings,
        List<Problem> problems, int excludedCount) {
    public InputReport {
        assessments = List.copyOf(assessments);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }
}
