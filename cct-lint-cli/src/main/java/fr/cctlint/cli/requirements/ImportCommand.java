package fr.cctlint.cli.requirements;

import fr.cctlint.cli.Console;
import fr.cctlint.cli.ExitCode;
import fr.cctlint.cli.ProblemLines;
import fr.cctlint.cli.UserException;
import fr.cctlint.cloudnative.RequirementsException;
import fr.cctlint.cloudnative.RequirementsImport;
import fr.cctlint.cloudnative.RequirementsImporter;
import fr.cctlint.cloudnative.RequirementsWriter;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cct-lint requirements import --source exigences-architecture.md [--profile P] [--output F]}: reads the
 * CCT's published requirements table, merges the import profile, and writes the requirements YAML. Rows it cannot
 * read are listed with their line, and the exit code is then 1; nothing read at all, or a broken profile, is 2.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    private final Console console;

    @Option(names = "--source", paramLabel = "FILE", required = true, descriptionKey = "requirements.source")
    Path source;

    @Option(names = "--profile", paramLabel = "FILE", descriptionKey = "requirements.profile")
    Path profile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "requirements.yaml",
            descriptionKey = "requirements.output")
    Path output;

    ImportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        RequirementsImporter importer;
        try {
            importer = profile == null ? RequirementsImporter.cctMi() : RequirementsImporter.withProfile(profile);
        } catch (RequirementsException e) {
            throw BundledRequirements.invalid(console, e.problems());
        }
        RequirementsImport result = importer.importFile(source);
        if (result.rowsImported() == 0) {
            result.problems().forEach(p -> console.err().println(ProblemLines.format(p, console.messages())));
            throw new UserException(Message.of("cli.requirements.cannotImport", source.toString()));
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            new RequirementsWriter().write(result.requirements(),
                    RequirementsWriter.generatedHeader(result.requirements().provenance()), output);
        } catch (IOException e) {
            throw new UserException(Message.of("cli.cannotWrite", output.toString(), e.getMessage()), e);
        }
        result.summary().forEach(m -> console.out().println(console.messages().render(m)));
        for (Problem p : result.problems()) {
            console.out().println(console.text("cli.requirements.rejected", ProblemLines.format(p, console.messages())));
        }
        console.out().println(console.text("cli.requirements.imported", String.valueOf(result.rowsImported()),
                output.toString()));
        return result.clean() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }
}
