package fr.cctlint.source;

import java.util.List;
import java.util.Objects;

/**
 * How a {@link SourceTree} is listed and read.
 *
 * @param excludes          globs relative to the root, {@code /}-separated, in {@link java.nio.file.PathMatcher}
 *                          {@code glob:} syntax ({@code *} stays within a folder, {@code **} crosses folders). A glob
 *                          that matches a folder leaves out everything under it; a glob starting with {@code **}{@code /}
 *                          also matches at the root ({@code **}{@code /*.md} leaves out {@code README.md} too)
 * @param maxFileBytes      files larger than this are refused by {@link SourceTree#read(String)}
 * @param respectGitignore  for a folder inside a git work tree: leave out what its {@code .gitignore} files ignore
 *                          (a git revision only holds committed files, so this has no effect there)
 */
public record SourceOptions(List<String> excludes, long maxFileBytes, boolean respectGitignore) {
    /** 64 MiB: above the largest lockfiles of real monorepos; the SBOM reader uses the same bound. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024; // monorepo lockfiles reach tens of MB

    public SourceOptions {
        excludes = List.copyOf(Objects.requireNonNull(excludes, "excludes"));
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
    }

    /** No excludes, 64 MiB per file, {@code .gitignore} respected. */
    public static SourceOptions defaults() {
        return new SourceOptions(List.of(), DEFAULT_MAX_FILE_BYTES, true);
    }

    public SourceOptions withExcludes(List<String> globs) {
        return new SourceOptions(globs, maxFileBytes, respectGitignore);
    }

    public SourceOptions withMaxFileBytes(long bytes) {
        return new SourceOptions(excludes, bytes, respectGitignore);
    }

    public SourceOptions withRespectGitignore(boolean respect) {
        return new SourceOptions(excludes, maxFileBytes, respect);
    }
}
