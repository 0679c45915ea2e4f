package fr.cctlint.referential;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import read and what it could not.
 *
 * @param files              one summary per file read, in the order read
 * @param problems           rows or files it could not read (skipped), and duplicate reference ids
 * @param unreadableVersions version texts it could not read: the row is kept with any version, and listed here
 */
public record ImportReport(List<FileSummary> files, List<Problem> problems, List<Problem> unreadableVersions) {

    /**
     * @param file         the file as shown in messages
     * @param rowsRead     table rows with data cells met in the file
     * @param rowsImported rows that became products
     */
    public record FileSummary(String file, int rowsRead, int rowsImported) {
    }

    public ImportReport {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        unreadableVersions = List.copyOf(unreadableVersions);
    }

    public int rowsImported() {
        return files.stream().mapToInt(FileSummary::rowsImported).sum();
    }

    /** One line per file, then the total: what a user reads after an import. */
    public List<Message> summary() {
        List<Message> lines = new ArrayList<>();
        for (FileSummary f : files) {
            lines.add(Message.of("referential.import.fileRows", f.file(), String.valueOf(f.rowsRead()),
                    String.valueOf(f.rowsImported())));
        }
        lines.add(Message.of("referential.import.total", String.valueOf(rowsImported()),
                String.valueOf(files.size())));
        return List.copyOf(lines);
    }

    /** True when every row and every version text was read. */
    public boolean clean() {
        return problems.isEmpty() && unreadableVersions.isEmpty();
    }
}
