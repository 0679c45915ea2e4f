package fr.cctlint.report;

import fr.cctlint.cloudnative.RequirementGrid;
import fr.cctlint.model.Problem;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Suppression;
import java.util.List;

/**
 * The judgement of one input (an SBOM, a folder, a git revision): every component assessed, the findings in
 * report order (severity, then file, line, rule), the findings waived by the project file, the read problems,
 * the count of components left out, and the Cloud Native requirements grid when those were checked (else null).
 */
public record InputReport(SourceInfo source, List<Assessment> assessments, List<Finding> findings,
        List<Suppression> suppressed, List<Problem> problems, int excludedCount, RequirementGrid cloudNative) {
    public InputReport {
        assessments = List.copyOf(assessments);
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        problems = List.copyOf(problems);
    }

    /** A report without the Cloud Native grid. */
    public InputReport(SourceInfo source, List<Assessment> assessments, List<Finding> findings,
            List<Suppression> suppressed, List<Problem> problems, int excludedCount) {
        this(source, assessments, findings, suppressed, problems, excludedCount, null);
    }

    /** A report with nothing waived. */
    public InputReport(SourceInfo source, List<Assessment> assessments, List<Finding> findings,
            List<Problem> problems, int excludedCount) {
        this(source, assessments, findings, List.of(), problems, excludedCount);
    }

    /** The same report with other findings (baseline and since filters). */
    public InputReport withFindings(List<Finding> kept) {
        return new InputReport(source, assessments, kept, suppressed, problems, excludedCount, cloudNative);
    }

    /** The same report with the Cloud Native grid. */
    public InputReport withCloudNative(RequirementGrid grid) {
        return new InputReport(source, assessments, findings, suppressed, problems, excludedCount, grid);
    }
}
