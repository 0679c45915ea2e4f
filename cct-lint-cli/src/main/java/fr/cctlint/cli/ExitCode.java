package fr.cctlint.cli;

/** The process exit codes, as documented in the README. */
public enum ExitCode {
    /** Nothing at or above {@code --fail-on}. */
    OK(0),
    /** Findings at or above {@code --fail-on}. */
    FINDINGS(1),
    /** Usage error, unreadable target, invalid referential or configuration. */
    USAGE(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
