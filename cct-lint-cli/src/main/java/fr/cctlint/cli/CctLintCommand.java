package fr.cctlint.cli;

import fr.cctlint.report.ToolVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** The top command: only help, version and the global language option; work is in subcommands. */
@Command(name = "cct-lint", mixinStandardHelpOptions = true, versionProvider = CctLintCommand.Version.class,
        synopsisSubcommandLabel = "COMMAND")
public final class CctLintCommand implements Runnable {

    @Option(names = "--lang", paramLabel = "fr|en", descriptionKey = "lang", scope = picocli.CommandLine.ScopeType.INHERIT)
    String lang;

    @Option(names = "--debug", descriptionKey = "debug", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints {@code cct-lint <version>}. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ToolVersion.NAME + " " + ToolVersion.current().version()};
        }
    }
}
