package fr.cctlint.cloudnative;

import fr.cctlint.model.Problem;
import fr.cctlint.text.DataFileException;
import java.util.List;

/**
 * A requirements file (or an import profile) could not be used. Holds every problem found, each with its file,
 * line and a localisable message; the CLI prints them and exits with code 2.
 */
public final class RequirementsException extends DataFileException {
    private static final long serialVersionUID = 1L;

    public RequirementsException(List<Problem> problems) {
        super(problems);
    }
}
