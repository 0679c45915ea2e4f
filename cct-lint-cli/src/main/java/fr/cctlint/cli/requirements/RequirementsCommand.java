package fr.cctlint.cli.requirements;

import fr.cctlint.cli.Console;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cct-lint requirements import|show}: the CCT's Cloud Native requirements as data. */
@Command(name = "requirements", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND")
public final class RequirementsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private RequirementsCommand() {
    }

    /** The command with its subcommands, wired to the console. */
    public static CommandLine create(Console console) {
        CommandLine cli = new CommandLine(new RequirementsCommand());
        cli.addSubcommand(new ImportCommand(console));
        cli.addSubcommand(new ShowCommand(console));
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
