package fr.cctlint.cli;

import fr.cctlint.i18n.Message;
import fr.cctlint.referential.Referential;
import fr.cctlint.referential.ReferentialException;
import fr.cctlint.referential.ReferentialLoader;
import fr.cctlint.referential.ReferentialSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --referential FILE} (repeatable): files layered, by reference id, on the bundled referential. */
public final class ReferentialOptions {
    @Option(names = "--referential", paramLabel = "FILE", descriptionKey = "referentialFile")
    List<Path> files = new ArrayList<>();

    /** The bundled referential with the user's files on top; an invalid file is a {@link UserException}. */
    public Referential load(Console console) {
        return load(console, List.of());
    }

    /** The bundled referential, the project file's referentials, then the command line's. */
    public Referential load(Console console, List<Path> fromProjectFile) {
        return load(console, List.of(), fromProjectFile);
    }

    /**
     * The bundled referential, the project file's referentials (read from a git revision, then from disk), then
     * the command line's.
     */
    public Referential load(Console console, List<ReferentialSource> fromRevision, List<Path> fromProjectFile) {
        List<Path> all = new ArrayList<>(fromProjectFile);
        all.addAll(files);
        try {
            return ReferentialLoader.layered(fromRevision, all);
        } catch (ReferentialException e) {
            e.problems().forEach(p -> console.err().println(ProblemLines.format(p, console.messages())));
            throw new UserException(Message.of("cli.invalidReferential", e.problems().size()), e);
        }
    }
}
