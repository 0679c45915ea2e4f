package fr.cctlint.newonly;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * The findings of an earlier cct-lint SARIF report, known by their fingerprints ({@code
 * results[].partialFingerprints["cctFingerprint/v1"]} of every cct-lint run of the log). A finding whose
 * fingerprint is in the baseline is not new: the fingerprint is made of the rule, the input and the component's
 * identity, never of a line, so a declaration that moved keeps its fingerprint.
 *
 * <p>Runs written by other tools in the same log are ignored and counted; results of a cct-lint run without the
 * fingerprint (reports of tools or versions that did not write it) are ignored and counted.
 *
 * @param file                 the SARIF file, as given
 * @param fingerprints         every fingerprint found, without duplicates
 * @param runs                 how many cct-lint runs the log holds
 * @param results              how many results those runs hold, with or without a fingerprint
 * @param withoutFingerprint   how many of those results carry no cct-lint fingerprint
 * @param otherRuns            how many runs of other tools were ignored
 */
public record Baseline(String file, Set<String> fingerprints, int runs, int results, int withoutFingerprint,
        int otherRuns) {
    /** The {@code partialFingerprints} key cct-lint writes (the SARIF reporter's key). */
    public static final String FINGERPRINT = fr.cctlint.report.SarifReporter.FINGERPRINT;

    public Baseline {
        Objects.requireNonNull(file, "file");
        fingerprints = Set.copyOf(fingerprints);
    }

    /**
     * Reads a SARIF report written by {@code cct-lint scan --format sarif}. Never throws: a missing, unreadable,
     * empty or invalid file, a JSON document that is not a SARIF log, or a log without any cct-lint run gives a
     * result holding one problem (file, line when known, and a localisable one-line message naming both).
     * The file is streamed: only one result at a time is held in memory.
     */
    public static BaselineResult read(Path sarifFile) {
        return new BaselineReader(sarifFile).read();
    }

    /** Whether a finding with this fingerprint was already in the earlier report. */
    public boolean contains(String fingerprint) {
        return fingerprint != null && fingerprints.contains(fingerprint);
    }
}
