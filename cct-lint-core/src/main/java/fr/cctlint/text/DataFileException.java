package fr.cctlint.text;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A data file (a referential, the requirements, an import profile) could not be used. Holds every problem found,
 * not only the first, each with its file, line and a localisable message; the CLI renders them and exits with
 * code 2. The exception's own message is the English rendering, for logs and stack traces.
 */
public class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public DataFileException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        Messages en = Messages.english();
        return problems.stream()
                .map(p -> (p.line() > 0 ? p.file() + ":" + p.line() : p.file()) + ": " + en.render(p.message()))
                .collect(Collectors.joining("\n"));
    }
}
