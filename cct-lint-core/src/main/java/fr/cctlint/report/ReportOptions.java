package fr.cctlint.report;

/**
 * How reporters render, decided by the caller (the CLI).
 *
 * @param colour ANSI colours in the text report (the CLI enables them on a terminal without {@code NO_COLOR});
 *               other formats ignore it
 */
public record ReportOptions(boolean colour) {

    /** No colour: what files and pipes get. */
    public static ReportOptions plain() {
        return new ReportOptions(false);
    }
}
