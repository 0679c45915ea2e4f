package fr.cctlint.referential;

import fr.cctlint.model.Problem;
import fr.cctlint.text.DataFileException;
import java.util.List;

/**
 * A referential file could not be used. Holds every problem found (not only the first), each with its file, line
 * and a localisable message; the CLI renders them and exits with code 2.
 */
public final class ReferentialException extends DataFileException {
    private static final long serialVersionUID = 1L;

    public ReferentialException(List<Problem> problems) {
        super(problems);
    }
}
