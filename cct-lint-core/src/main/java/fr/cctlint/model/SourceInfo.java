package fr.cctlint.model;

import java.util.Map;
import java.util.Objects;

/**
 * What was scanned, for report headers and SARIF provenance.
 *
 * @param kind     SBOM file, folder or git revision
 * @param location the path or URL as the user gave it
 * @param format   for an SBOM, e.g. {@code CycloneDX 1.6 JSON} or {@code SPDX 2.3 JSON}; else null
 * @param subject  the described application's name and version when the source says it, else null
 * @param details  other facts worth showing (SBOM serial number, timestamp, tools; git commit...)
 */
public record SourceInfo(SourceKind kind, String location, String format, String subject, Map<String, String> details) {
    /** Detail key: the full commit id a git source was read at. */
    public static final String COMMIT = "commit";
    /** Detail key: the revision as the user gave it (tag, branch, abbreviated id). */
    public static final String REF = "ref";
    /** Detail key: the repository URL or path, without credentials. */
    public static final String REPOSITORY = "repository";
    /** Git: when the commit was made (ISO-8601 with its offset). */
    public static final String COMMIT_DATE = "commitDate";

    public SourceInfo {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        details = Map.copyOf(details);
    }
}
