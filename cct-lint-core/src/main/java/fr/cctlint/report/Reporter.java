package fr.cctlint.report;

import fr.cctlint.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a finished scan in one format. One class per format; {@link ReporterRegistry} lists them. */
public interface Reporter {

    /** The {@code --format} name: {@code sarif}, {@code junit}, {@code text}, {@code json}. */
    String name();

    /** The file name used under {@code --output DIR}: {@code cct-lint.sarif}. */
    String fileName();

    /**
     * Writes the report. The stream is not closed. Output must be deterministic for a given report and
     * language (same order, no wall-clock time other than {@link ScanReport#finishedAt()}).
     */
    void write(ScanReport report, Messages messages, OutputStream out) throws IOException;
}
