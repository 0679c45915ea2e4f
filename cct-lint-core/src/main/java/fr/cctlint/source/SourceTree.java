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
 * {@code ..}. {@link #files()} lists only the files worth scanning: git-ignored, excluded (by the user's globs),
 * build-output, dependency and vendored files are left out silently (that is what was asked for). What may hide
 * part of the project is noted in {@link #notes()}: a symbolic link leading out of the root, a git submodule, a
 * folder that could not be listed.
 *
 * <p>Listing never opens a file, so binary files (a NUL byte in the first 8 KiB) and files over the size limit are
 * refused when {@linkplain #read(String) read}, with a {@link SkippedFileException} carrying the localisable
 * reason: a picture or a jar no collector asks for never becomes a problem, a manifest that is binary or too large
 * does, at its path.
 */
public interface SourceTree extends AutoCloseable {

    /** What was scanned, for report headers and SARIF provenance (commit id, ref, repository URL...). */
    SourceInfo info();

    /** Every file to scan, sorted. */
    List<String> files();

    /**
     * The bytes of a listed file.
     *
     * @throws SkippedFileException when the file is binary, over the size limit, or not listed
     * @throws IOException          when it cannot be read (the caller reports it)
     */
    byte[] read(String path) throws IOException;

    /** Files and folders that were skipped or could not be listed, with the reason. */
    List<Problem> notes();

    /** Releases what the tree holds (a repository, a temporary clone). */
    @Override
    void close();
}
