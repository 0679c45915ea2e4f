package fr.cctlint.cli;

import fr.cctlint.report.ReportOptions;
import fr.cctlint.report.ReporterRegistry;
import java.util.Iterator;

/** The {@code --format} names, from the reporter registry, for the option's help ({@code ${COMPLETION-CANDIDATES}}). */
final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return ReporterRegistry.standard(ReportOptions.plain()).names().iterator();
    }
}
