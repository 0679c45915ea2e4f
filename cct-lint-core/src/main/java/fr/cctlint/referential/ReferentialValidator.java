package fr.cctlint.referential;

import fr.cctlint.model.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * Lists the problems of a referential file without throwing, for {@code cct-lint referential validate}. An empty
 * list means the file is valid.
 */
public final class ReferentialValidator {
    private final ReferentialLoader loader;

    public ReferentialValidator() {
        this(new ReferentialLoader());
    }

    public ReferentialValidator(ReferentialLoader loader) {
        this.loader = loader;
    }

    /** The problems of a file laid on top of the bundled referential (the usual use of a user file). */
    public List<Problem> validate(Path file) {
        return loader.validateLayer(file);
    }

    /** The problems of a file meant to replace the bundled referential. */
    public List<Problem> validateStandalone(Path file) {
        return loader.validateStandalone(file);
    }
}
