package fr.cctlint.report;

import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Severity;
import fr.cctlint.policy.Verdict;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a report counts, the same way in every format.
 *
 * @param bySeverity findings per severity, every severity present (NOTE..ERROR, highest first)
 * @param byVerdict  assessed components per verdict, every verdict present, in {@link Verdict} order
 * @param components assessed components
 * @param failing    findings at or above the {@code failOn} threshold
 * @param problems   read problems
 * @param excluded   components the source left out on purpose
 */
public record ReportCounts(Map<Severity, Integer> bySeverity, Map<Verdict, Integer> byVerdict, int components,
        int failing, int problems, int excluded) {

    /** The severities a finding can have, highest first. */
    public static final List<Severity> FINDING_SEVERITIES = List.of(Severity.ERROR, Severity.WARNING, Severity.NOTE);

    public ReportCounts {
        bySeverity = Collections.unmodifiableMap(new EnumMap<>(bySeverity));
        byVerdict = Collections.unmodifiableMap(new EnumMap<>(byVerdict));
    }

    public static ReportCounts of(InputReport input, ScanReport scan) {
        return of(List.of(input), scan);
    }

    public static ReportCounts of(ScanReport scan) {
        return of(scan.inputs(), scan);
    }

    private static ReportCounts of(List<InputReport> inputs, ScanReport scan) {
        Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
        FINDING_SEVERITIES.forEach(s -> severities.put(s, 0));
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, 0);
        }
        int components = 0;
        int failing = 0;
        int problems = 0;
        int excluded = 0;
        for (InputReport input : inputs) {
            for (Finding f : input.findings()) {
                severities.merge(f.severity(), 1, Integer::sum);
                if (scan.fails(f.severity())) {
                    failing++;
                }
            }
            for (Assessment a : input.assessments()) {
                verdicts.merge(a.verdict(), 1, Integer::sum);
            }
            components += input.assessments().size();
            problems += input.problems().size();
            excluded += input.excludedCount();
        }
        return new ReportCounts(severities, verdicts, components, failing, problems, excluded);
    }

    public int findings() {
        return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int severity(Severity severity) {
        return bySeverity.getOrDefault(severity, 0);
    }

    public int verdict(Verdict verdict) {
        return byVerdict.getOrDefault(verdict, 0);
    }
}
