package fr.cctlint.cloudnative;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an import of the published requirements table made, and what it could not read.
 *
 * @param requirements the requirements read, in the table's order, each with its automation from the profile
 * @param file         the source file as shown in messages
 * @param rowsRead     table rows with data met after the column names
 * @param problems     rows it could not read (skipped, each with its line), profile entries naming no row, and a
 *                     source with no table (then nothing is imported)
 */
public record RequirementsImport(Requirements requirements, String file, int rowsRead, List<Problem> problems) {
    public RequirementsImport {
        Objects.requireNonNull(requirements, "requirements");
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
    }

    public int rowsImported() {
        return requirements.requirements().size();
    }

    /** True when every row was read and every profile entry names a row. */
    public boolean clean() {
        return problems.isEmpty();
    }

    /** What a user reads after an import: rows read, imported, rejected, and the automated requirements. */
    public List<Message> summary() {
        List<Message> lines = new ArrayList<>();
        lines.add(Message.of("requirements.import.rows", file, String.valueOf(rowsRead),
                String.valueOf(rowsImported()), String.valueOf(rowsRead - rowsImported())));
        long automated = requirements.requirements().stream()
                .filter(r -> r.automation().coverage() != Coverage.MANUAL).count();
        lines.add(Message.of("requirements.import.automated", String.valueOf(automated),
                String.valueOf(rowsImported())));
        return List.copyOf(lines);
    }
}
