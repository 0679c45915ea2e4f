package fr.cctlint.cli;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Problem;

/** {@code file:line:column: message}, the way compilers print a problem, so editors can jump to it. */
public final class ProblemLines {
    private ProblemLines() {
    }

    public static String format(Problem problem, Messages messages) {
        StringBuilder sb = new StringBuilder(problem.file());
        if (problem.line() > 0) {
            sb.append(':').append(problem.line());
            if (problem.column() > 0) {
                sb.append(':').append(problem.column());
            }
        }
        return sb.append(": ").append(messages.render(problem.message())).toString();
    }
}
