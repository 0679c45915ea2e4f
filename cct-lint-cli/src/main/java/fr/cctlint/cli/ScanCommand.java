package fr.cctlint.cli;

import fr.cctlint.classify.KnowledgeBaseLoader;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.PolicyOptions;
import fr.cctlint.policy.Severity;
import fr.cctlint.referential.Referential;
import fr.cctlint.report.InputReport;
import fr.cctlint.report.ReportOptions;
import fr.cctlint.report.Reporter;
import fr.cctlint.report.ReporterRegistry;
import fr.cctlint.report.ScanReport;
import fr.cctlint.report.ToolVersion;
import fr.cctlint.collect.CollectorRegistry;
import fr.cctlint.collect.TreeScanner;
import fr.cctlint.sbom.SbomReader;
import fr.cctlint.scan.InputReader;
import fr.cctlint.scan.ScanInput;
import fr.cctlint.scan.Scanner;
import fr.cctlint.source.SourceException;
import fr.cctlint.source.SourceOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cct-lint scan [FOLDER] | --git REPO [--rev REV] | --sbom FILE...}: read, judge, report, and exit with
 * the verdict.
 */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false)
public final class ScanCommand implements Callable<Integer> {
    private final Console console;
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", arity = "0..1", descriptionKey = "scan.folder")
    Path folder;

    @Option(names = "--git", paramLabel = "PATH|URL", descriptionKey = "scan.git")
    String git;

    @Option(names = "--rev", paramLabel = "REV", defaultValue = "HEAD", descriptionKey = "scan.rev")
    String rev;

    @Option(names = "--sbom", paramLabel = "FILE", descriptionKey = "scan.sbom")
    List<Path> sboms = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", descriptionKey = "scan.exclude")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--max-file-size", paramLabel = "BYTES", descriptionKey = "scan.maxFileSize")
    Long maxFileSize;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",", descriptionKey = "scan.format")
    List<String> formats = new ArrayList<>(List.of("text"));

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", descriptionKey = "scan.output")
    Path output;

    @Option(names = "--fail-on", paramLabel = "error|warning|note|none", defaultValue = "error",
            converter = SeverityConverter.class, descriptionKey = "scan.failOn")
    Severity failOn;

    @Option(names = "--new-project", descriptionKey = "scan.newProject")
    boolean newProject;

    @Option(names = "--color", paramLabel = "auto|always|never", defaultValue = "auto", descriptionKey = "scan.color")
    Console.ColourMode colour;

    @Option(names = "--no-validate", descriptionKey = "scan.noValidate")
    boolean noValidate;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "scan.quiet")
    boolean quiet;

    @Mixin
    ReferentialOptions referentialOptions = new ReferentialOptions();

    public ScanCommand(Console console, Clock clock) {
        this.console = console;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        ReportOptions reportOptions = new ReportOptions(console.colourWanted(colour));
        ReporterRegistry registry = ReporterRegistry.standard(reportOptions);
        List<Reporter> reporters = reporters(registry);

        Referential referential = referentialOptions.load(console);
        Scanner scanner = new Scanner(ToolVersion.current(), referential, KnowledgeBaseLoader.bundled(),
                new PolicyOptions(newProject), clock);
        InputReader reader = new InputReader(new SbomReader(SbomReader.Options.defaults().withValidate(!noValidate)),
                new TreeScanner(CollectorRegistry.standard()), sourceOptions());
        ScanReport report = scanner.scan(inputs(), input -> reportFatal(read(reader, input)), failOn);

        write(report, reporters, registry);
        boolean unreadable = report.inputs().stream().anyMatch(ScanCommand::unreadable);
        if (unreadable) {
            return ExitCode.USAGE.code();
        }
        return report.failed() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    /** What to scan: the SBOMs, else the git revision, else the folder (the current one by default). */
    private List<ScanInput> inputs() {
        int kinds = (sboms.isEmpty() ? 0 : 1) + (git == null ? 0 : 1) + (folder == null ? 0 : 1);
        if (kinds > 1) {
            throw new ParameterException(spec.commandLine(), console.text("cli.oneSourceKind"));
        }
        if (!sboms.isEmpty()) {
            return sboms.stream().<ScanInput>map(ScanInput.Sbom::new).toList();
        }
        if (git != null) {
            return List.of(new ScanInput.Git(git, rev));
        }
        return List.of(new ScanInput.Folder(folder == null ? Path.of(".") : folder));
    }

    private SourceOptions sourceOptions() {
        SourceOptions options = SourceOptions.defaults().withExcludes(excludes);
        return maxFileSize == null ? options : options.withMaxFileBytes(maxFileSize);
    }

    private static Inventory read(InputReader reader, ScanInput input) {
        try {
            return reader.read(input);
        } catch (SourceException e) {
            throw new UserException(e.message(), e);
        }
    }

    private Inventory reportFatal(Inventory inventory) {
        inventory.problems().stream().filter(Problem::fatal).forEach(p -> console.error(
                Message.of("cli.unreadableInput", location(p), p.message())));
        return inventory;
    }

    private static String location(Problem p) {
        return p.line() > 0 ? p.file() + ":" + p.line() : p.file();
    }

    private static boolean unreadable(InputReport input) {
        return input.problems().stream().anyMatch(Problem::fatal);
    }

    private List<Reporter> reporters(ReporterRegistry registry) {
        Set<String> names = new LinkedHashSet<>();
        for (String format : formats) {
            String name = format.strip().toLowerCase(java.util.Locale.ROOT);
            if (registry.byName(name).isEmpty()) {
                throw new ParameterException(spec.commandLine(),
                        console.text("cli.unknownFormat", format, String.join(", ", registry.names())));
            }
            names.add(name);
        }
        if (output == null && names.size() > 1) {
            throw new ParameterException(spec.commandLine(), console.text("cli.severalFormatsNeedOutput"));
        }
        return names.stream().map(n -> registry.byName(n).orElseThrow()).toList();
    }

    /**
     * Without {@code --output}, the one format goes to standard output. With it, each format goes to its file
     * in that folder, and the text report is also printed unless {@code --quiet}, so CI logs stay readable.
     */
    private void write(ScanReport report, List<Reporter> reporters, ReporterRegistry registry) {
        try {
            if (output == null) {
                reporters.get(0).write(report, console.messages(), console.out());
                console.out().flush();
                return;
            }
            Files.createDirectories(output);
            for (Reporter reporter : reporters) {
                Path file = output.resolve(reporter.fileName());
                try (OutputStream out = Files.newOutputStream(file)) {
                    reporter.write(report, console.messages(), out);
                }
            }
            if (!quiet) {
                registry.byName("text").orElseThrow().write(report, console.messages(), console.out());
                console.out().println(console.text("cli.reportsWritten", output.toString(),
                        String.join(", ", reporters.stream().map(Reporter::fileName).toList())));
                console.out().flush();
            }
        } catch (IOException e) {
            throw new UserException(Message.of("cli.cannotWrite", String.valueOf(output), e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw new UserException(Message.of("cli.cannotWrite", String.valueOf(output),
                    e.getCause().getMessage()), e);
        }
    }
}
