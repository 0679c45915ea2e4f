package fr.cctlint.cli.referential;

import fr.cctlint.cli.Console;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cct-lint referential import|list|show|validate}. */
@Command(name = "referential", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND")
public final class ReferentialCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private ReferentialCommand() {
    }

    /** The command with its subcommands, wired to the console. */
    public static CommandLine create(Console console) {
        CommandLine cli = new CommandLine(new ReferentialCommand());
        cli.addSubcommand(new ImportCommand(console));
        cli.addSubcommand(new ListCommand(console));
        cli.addSubcommand(new ShowCommand(console));
        cli.addSubcommand(new ValidateCommand(console));
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
