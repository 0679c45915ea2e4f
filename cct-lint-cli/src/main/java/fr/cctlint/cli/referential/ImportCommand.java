package fr.cctlint.cli.referential;

import fr.cctlint.cli.Console;
import fr.cctlint.cli.ExitCode;
import fr.cctlint.cli.ProblemLines;
import fr.cctlint.cli.UserException;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import fr.cctlint.referential.ImportResult;
import fr.cctlint.referential.ReferentialImporter;
import fr.cctlint.referential.ReferentialWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cct-lint referential import <folder or files> -o cct-mi.yaml}: reads the CCT's published tables and
 * writes the referential YAML. Rows or version texts it cannot read are listed; the exit code is then 1.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(paramLabel = "FOLDER|FILE", arity = "1..*", descriptionKey = "import.inputs")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, descriptionKey = "import.output")
    Path output;

    ImportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        ReferentialImporter importer = ReferentialImporter.cctMi();
        ImportResult result;
        if (inputs.size() == 1 && Files.isDirectory(inputs.get(0))) {
            result = importer.importFolder(inputs.get(0));
        } else {
            result = importer.importFiles(inputs);
        }
        if (result.report().rowsImported() == 0) {
            result.report().problems().forEach(p -> console.err().println(ProblemLines.format(p, console.messages())));
            throw new UserException(Message.of("cli.referential.cannotImport", inputs.toString(),
                    console.text("cli.referential.noRows")));
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            new ReferentialWriter().write(result.referential(),
                    ReferentialWriter.generatedHeader(result.referential().provenance()), output);
        } catch (IOException e) {
            throw new UserException(Message.of("cli.cannotWrite", output.toString(), e.getMessage()), e);
        }
        result.report().summary().forEach(m -> console.out().println(console.messages().render(m)));
        for (Problem p : result.report().problems()) {
            console.out().println(console.text("cli.referential.skippedRow", ProblemLines.format(p, console.messages())));
        }
        for (Problem p : result.report().unreadableVersions()) {
            console.out().println(console.text("cli.referential.unparsedVersion",
                    ProblemLines.format(p, console.messages())));
        }
        console.out().println(console.text("cli.referential.imported", String.valueOf(result.report().rowsImported()),
                String.valueOf(result.report().files().size()), output.toString()));
        return result.report().clean() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }
}
