package fr.cctlint.collect;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import fr.cctlint.source.SkippedFileException;

/** Problems of manifests: never fatal to the scan, each becomes a CCT009 finding at its file and line. */
public final class Problems {
    private Problems() {
    }

    public static Problem at(String path, int line, int column, Message message) {
        return new Problem(path, Math.max(0, line), Math.max(0, column), message, false);
    }

    /** A file the tree refused or failed to read: the tree's own reason when it gives one (binary, too large). */
    public static Problem unreadable(String path, Exception e) {
        if (e instanceof SkippedFileException skipped) {
            return at(path, 0, 0, skipped.message());
        }
        return at(path, 0, 0, Message.of("collect.unreadable", String.valueOf(e.getMessage())));
    }
}
