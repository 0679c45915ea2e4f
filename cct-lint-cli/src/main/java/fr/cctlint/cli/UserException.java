package fr.cctlint.cli;

import fr.cctlint.i18n.Message;

/**
 * A failure the user can fix (a missing file, an invalid referential): printed as one line, exit code 2,
 * no stack trace unless {@code --debug}.
 */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Message userMessage;

    public UserException(Message message) {
        super(message.key());
        this.userMessage = message;
    }

    public UserException(Message message, Throwable cause) {
        super(message.key(), cause);
        this.userMessage = message;
    }

    public Message userMessage() {
        return userMessage;
    }
}
