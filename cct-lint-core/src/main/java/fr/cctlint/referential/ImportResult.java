package fr.cctlint.referential;

import java.util.Objects;

/** The referential an import built, with the report of what it read. */
public record ImportResult(Referential referential, ImportReport report) {
    public ImportResult {
        Objects.requireNonNull(referential, "referential");
        Objects.requireNonNull(report, "report");
    }
}
