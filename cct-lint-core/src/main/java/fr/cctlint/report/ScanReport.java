package fr.cctlint.report;

import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Severity;
import fr.cctlint.referential.Referential;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A finished scan, which reporters only read.
 *
 * @param tool        name and version of cct-lint
 * @param referential the referential used (editions and status definitions are shown in reports)
 * @param inputs      one report per input, in the order given
 * @param failOn      the threshold at or above which a finding fails the run
 * @param newProject  whether the project was judged as new (M statuses stricter)
 * @param finishedAt  when the scan finished (reports print it; tests fix it)
 * @param configFile  the project policy file applied, as shown to the user; null when none
 */
public record ScanReport(ToolInfo tool, Referential referential, List<InputReport> inputs, Severity failOn,
        boolean newProject, Instant finishedAt, String configFile) {
    public ScanReport {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(referential, "referential");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /** A scan without a project policy file. */
    public ScanReport(ToolInfo tool, Referential referential, List<InputReport> inputs, Severity failOn,
            boolean newProject, Instant finishedAt) {
        this(tool, referential, inputs, failOn, newProject, finishedAt, null);
    }

    public List<Finding> allFindings() {
        return inputs.stream().flatMap(i -> i.findings().stream()).toList();
    }

    /** True when a finding is at or above {@code failOn} ({@code none} never fails). */
    public boolean failed() {
        return failOn != Severity.NONE && allFindings().stream().anyMatch(f -> f.severity().atLeast(failOn));
    }

    /** Whether a finding of that severity fails the run. */
    public boolean fails(Severity severity) {
        return failOn != Severity.NONE && severity.atLeast(failOn);
    }
}
