package fr.cctlint.cli.referential;

import fr.cctlint.cli.Console;
import fr.cctlint.cli.ExitCode;
import fr.cctlint.cli.ProblemLines;
import fr.cctlint.model.Problem;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.Referential;
import fr.cctlint.referential.ReferentialLoader;
import fr.cctlint.referential.ReferentialValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cct-lint referential validate FILE}: every problem of a referential file with its line, as it would be
 * layered on the bundled referential ({@code --standalone}: as a complete referential of its own).
 * Exit code 0 when valid, 1 when it has problems.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(paramLabel = "FILE", descriptionKey = "validate.file")
    Path file;

    @Option(names = "--standalone", descriptionKey = "validate.standalone")
    boolean standalone;

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        ReferentialValidator validator = new ReferentialValidator();
        List<Problem> problems = standalone ? validator.validateStandalone(file) : validator.validate(file);
        if (!problems.isEmpty()) {
            problems.forEach(p -> console.out().println(ProblemLines.format(p, console.messages())));
            console.out().println(console.text("cli.referential.invalid", file.toString(),
                    String.valueOf(problems.size())));
            return ExitCode.FINDINGS.code();
        }
        Referential referential = ReferentialLoader.load(file);
        long withSelectors = referential.products().stream().map(Product::selectors).filter(s -> !s.isEmpty()).count();
        console.out().println(console.text("cli.referential.valid", file.toString(),
                String.valueOf(referential.products().size()), String.valueOf(withSelectors)));
        return ExitCode.OK.code();
    }
}
