package fr.cctlint.source;

import fr.cctlint.i18n.Message;
import fr.cctlint.i18n.Messages;
import java.io.IOException;
import java.util.Objects;

/**
 * The scan target cannot be opened at all: a missing folder, a file given as a folder, a path that is not a git
 * repository, an unknown revision, an invalid or unreachable URL. The CLI renders {@link #message()} as one line
 * and exits with code 2. The text never holds credentials.
 */
public final class SourceException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    public SourceException(Message message) {
        this(message, null);
    }

    public SourceException(Message message, Throwable cause) {
        super(Messages.english().render(Objects.requireNonNull(message, "message")), cause);
        this.message = message;
    }

    /** The localisable one-line explanation. */
    public Message message() {
        return message;
    }
}
