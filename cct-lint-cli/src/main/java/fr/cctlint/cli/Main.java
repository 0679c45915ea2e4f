package fr.cctlint.cli;

import fr.cctlint.cli.referential.ReferentialCommand;
import fr.cctlint.cli.requirements.RequirementsCommand;
import fr.cctlint.i18n.Messages;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;

/** Entry point: {@code System.exit(run(args))}. Tests call {@link #run} with captured streams. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, System.getenv(), System.console() != null, Clock.systemUTC()));
    }

    /**
     * Runs cct-lint and returns the exit code; never exits the JVM.
     *
     * @param interactive whether standard output is a terminal (colour, progress)
     * @param clock       the time printed in reports (tests fix it)
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
            boolean interactive, Clock clock) {
        Locale locale = Languages.choose(args, Locale.getDefault());
        Messages messages = new Messages(locale);
        Console console = new Console(out, err, env, messages, interactive);
        boolean debug = Arrays.asList(args).contains("--debug");

        CommandLine cli = new CommandLine(new CctLintCommand());
        cli.addSubcommand(new ScanCommand(console, clock));
        cli.addSubcommand(ScanCommand.SBOM_EXPORT, ScanCommand.sbomExport(console, clock));
        cli.addSubcommand(ReferentialCommand.create(console));
        cli.addSubcommand(RequirementsCommand.create(console)
                .addSubcommand("list", ScanCommand.requirementsList(console, clock)));
        cli.addSubcommand(new ExplainCommand(console));
        cli.addSubcommand(new InitCommand(console, clock));
        cli.setResourceBundle(ResourceBundle.getBundle("fr.cctlint.i18n.clihelp", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            console.error("cli.usageError", ex.getMessage());
            err.println(messages.get("cli.seeHelp", ex.getCommandLine().getCommandSpec().qualifiedName()));
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserException user) {
                console.error(user.userMessage());
            } else {
                console.error("cli.unexpected", ex.getClass().getSimpleName() + ": " + ex.getMessage());
            }
            if (debug) {
                ex.printStackTrace(err);
            }
            return ExitCode.USAGE.code();
        });
        return cli.execute(args);
    }
}
