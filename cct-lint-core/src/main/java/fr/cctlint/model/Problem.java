package fr.cctlint.model;

import fr.cctlint.i18n.Message;
import java.util.Objects;

/**
 * An input that could not be read or parsed, or a part of it that was skipped: it becomes a CCT009
 * finding and a SARIF tool execution notification, and the scan goes on.
 *
 * @param file    the file (as shown to the user)
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param message what went wrong, localisable
 * @param fatal   true when the whole input could not be read (no component came out of it)
 */
public record Problem(String file, int line, int column, Message message, boolean fatal) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public Evidence evidence() {
        return new Evidence(file, Math.max(0, line), "");
    }
}
