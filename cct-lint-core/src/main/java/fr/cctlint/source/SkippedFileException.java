package fr.cctlint.source;

import fr.cctlint.i18n.Message;
import fr.cctlint.i18n.Messages;
import java.io.IOException;
import java.util.Objects;

/**
 * {@link SourceTree#read(String)} refused a listed file: binary (a NUL byte in its first 8 KiB), larger than
 * {@link SourceOptions#maxFileBytes()}, or a symbolic link whose target left the root since it was listed. The
 * caller turns it into a problem at that file ({@link #message()} is the localisable reason).
 */
public final class SkippedFileException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    public SkippedFileException(Message message) {
        super(Messages.english().render(Objects.requireNonNull(message, "message")));
        this.message = message;
    }

    /** Why the file was not read, localisable. */
    public Message message() {
        return message;
    }
}
