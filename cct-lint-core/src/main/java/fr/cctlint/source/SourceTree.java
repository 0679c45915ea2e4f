package fr.cctlint.source;

import fr.cctlint.model.Problem;
import fr.cctlint.model.SourceInfo;
import java.io.IOException;
import java.util.List;

/**
 * The files of a project, read-only: a folder on any file system, or a git repository at a revision. Collectors
 * read through this interface only, so each works on both unchanged and never touches the file system.
 *
 * <p>Paths are relative to the root, with {@code /} separators, never starting with {@code /} nor containing
 * {@code ..}. {@link #files()} lists only the files worth scanning: ignored, excluded, vendored, binary and
 * over-large files are left out, each with a note in {@link #notes()}.
 */
public interface SourceTree extends AutoCloseable {

    /** What was scanned, for report headers and SARIF provenance (commit id, ref, repository URL...). */
    SourceInfo info();

    /** Every file to scan, sorted. */
    List<String> files();

    /** The bytes of a listed file. @throws IOException when it cannot be read (the caller reports it) */
    byte[] read(String path) throws IOException;

    /** Files and folders that were skipped or could not be listed, with the reason. */
    List<Problem> notes();

    /** Releases what the tree holds (a repository, a temporary clone). */
    @Override
    void close();
}
