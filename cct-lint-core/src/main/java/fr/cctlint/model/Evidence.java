package fr.cctlint.model;

import java.util.Objects;

/**
 * Where a fact was read: a file (relative to the scanned root, with '/' separators), the 1-based
 * line (0 when unknown) and the text found there, trimmed, as a reviewer would quote it.
 */
public record Evidence(String file, int line, String text) {
    public Evidence {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
        text = text == null ? "" : text.strip();
    }

    public static Evidence ofFile(String file) {
        return new Evidence(file, 0, "");
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** {@code file:line}, or the file alone when the line is unknown. */
    public String location() {
        return hasLine() ? file + ":" + line : file;
    }
}
