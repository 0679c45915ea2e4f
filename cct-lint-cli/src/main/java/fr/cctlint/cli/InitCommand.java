package fr.cctlint.cli;

import fr.cctlint.config.ProjectConfig;
import fr.cctlint.config.StarterConfigWriter;
import fr.cctlint.config.StarterEntry;
import fr.cctlint.i18n.Message;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.PolicyOptions;
import fr.cctlint.policy.Rule;
import fr.cctlint.report.ScanReport;
import fr.cctlint.scan.InputReader;
import fr.cctlint.scan.ScanInput;
import fr.cctlint.source.SourceException;
import fr.cctlint.source.SourceOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cct-lint init [FOLDER]}: scans the project and writes a commented starter {@code .cct-lint.yaml} with a
 * declaration stub (every guarantee still false) for each unlisted operated component and inferred service, so a
 * team adopts the tool in minutes and justifies, one by one, what it keeps.
 */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {
    private final Console console;
    private final Clock clock;

    @Parameters(paramLabel = "FOLDER", arity = "0..1", descriptionKey = "init.folder")
    Path folder;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|-", descriptionKey = "init.output")
    String output;

    @Option(names = "--force", descriptionKey = "init.force")
    boolean force;

    @Mixin
    ReferentialOptions referentialOptions = new ReferentialOptions();

    InitCommand(Console console, Clock clock) {
        this.console = console;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        Path root = folder == null ? Path.of(".") : folder;
        InputReader.Read read;
        try {
            read = Pipelines.reader(true, SourceOptions.defaults(), false).read(new ScanInput.Folder(root));
        } catch (SourceException e) {
            throw new UserException(e.message(), e);
        }
        PolicyOptions policy = new PolicyOptions(false, ProjectConfig.NONE, LocalDate.now(clock));
        ScanReport report = Pipelines.scanner(referentialOptions.load(console), policy, clock)
                .scan(List.of(read), InputReader.Read::inventory, fr.cctlint.policy.Severity.ERROR);
        Map<String, StarterEntry> entries = new LinkedHashMap<>();
        for (Finding f : report.allFindings()) {
            if ((f.rule() == Rule.CCT001 || f.rule() == Rule.CCT008) && f.component() != null) {
                StarterEntry entry = StarterEntry.of(f.component(), f.rule());
                entries.putIfAbsent(entry.selector(), entry);
            }
        }
        String text = new StarterConfigWriter(console.messages()).write(List.copyOf(entries.values()),
                LocalDate.now(clock));
        if ("-".equals(output)) {
            console.out().print(text);
            return ExitCode.OK.code();
        }
        Path target = output != null ? Path.of(output) : root.resolve(ProjectConfig.FILE_NAME);
        if (Files.exists(target) && !force) {
            throw new UserException(Message.of("cli.init.exists", target.toString()));
        }
        Files.writeString(target, text, StandardCharsets.UTF_8);
        console.out().println(console.text("cli.init.written", target.toString(), String.valueOf(entries.size())));
        return ExitCode.OK.code();
    }
}
