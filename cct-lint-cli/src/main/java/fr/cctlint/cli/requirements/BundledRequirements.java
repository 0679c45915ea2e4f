package fr.cctlint.cli.requirements;

import fr.cctlint.cli.Console;
import fr.cctlint.cli.ProblemLines;
import fr.cctlint.cli.UserException;
import fr.cctlint.cloudnative.Requirement;
import fr.cctlint.cloudnative.Requirements;
import fr.cctlint.cloudnative.RequirementsException;
import fr.cctlint.cloudnative.RequirementsLoader;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.util.List;

/** The bundled requirements for a command: a broken file is printed problem by problem, then exit code 2. */
public final class BundledRequirements {
    private BundledRequirements() {
    }

    public static Requirements load(Console console) {
        try {
            return RequirementsLoader.bundled();
        } catch (RequirementsException e) {
            throw invalid(console, e.problems());
        }
    }

    /** The requirement with that id. @throws UserException (exit code 2) when there is none */
    public static Requirement find(Requirements requirements, String id) {
        return requirements.byId(id).orElseThrow(() -> new UserException(Message.of("cli.requirements.notFound", id,
                requirements.requirements().get(0).id(),
                requirements.requirements().get(requirements.requirements().size() - 1).id())));
    }

    /** Prints each problem on standard error and gives the one-line error to throw. */
    static UserException invalid(Console console, List<Problem> problems) {
        problems.forEach(p -> console.err().println(ProblemLines.format(p, console.messages())));
        return new UserException(Message.of("cli.requirements.invalid", String.valueOf(problems.size())));
    }
}
