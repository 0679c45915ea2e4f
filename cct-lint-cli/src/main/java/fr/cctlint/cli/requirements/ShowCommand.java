package fr.cctlint.cli.requirements;

import fr.cctlint.cli.Console;
import fr.cctlint.cli.ExitCode;
import fr.cctlint.cloudnative.Requirement;
import fr.cctlint.cloudnative.Requirements;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cct-lint requirements show EX32}: one requirement, its type and what cct-lint checks of it. */
@Command(name = "show", mixinStandardHelpOptions = true)
final class ShowCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(paramLabel = "ID", descriptionKey = "requirements.id")
    String id;

    ShowCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Requirements requirements = BundledRequirements.load(console);
        Requirement r = BundledRequirements.find(requirements, id);
        new RequirementView(console).print(requirements, r);
        return ExitCode.OK.code();
    }
}
