package fr.cctlint.cli;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.PolicyOptions;
import fr.cctlint.policy.Severity;
import fr.cctlint.referential.Referential;
import fr.cctlint.referential.ReferentialSource;
import fr.cctlint.report.InputReport;
import fr.cctlint.report.ReportOptions;
import fr.cctlint.report.Reporter;
import fr.cctlint.report.ReporterRegistry;
import fr.cctlint.report.ScanReport;
import fr.cctlint.collect.Progress;
import fr.cctlint.cloudnative.CloudNativeSwitch;
import fr.cctlint.config.ConfigResult;
import fr.cctlint.config.ProjectConfig;
import fr.cctlint.config.ProjectConfigLoader;
import fr.cctlint.newonly.Baseline;
import fr.cctlint.newonly.BaselineResult;
import fr.cctlint.newonly.NewOnlyFilter;
import fr.cctlint.policy.Finding;
import fr.cctlint.scan.InputReader;
import fr.cctlint.scan.ScanInput;
import fr.cctlint.scan.Scanner;
import fr.cctlint.source.ChangedFiles;
import fr.cctlint.source.SourceException;
import fr.cctlint.source.SourceOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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
    /**
     * The name of the same command as an SBOM export ({@code cct-lint sbom FOLDER}): {@code --format cyclonedx}
     * and {@code --fail-on none} unless given, so it writes the judged inventory and succeeds.
     */
    static final String SBOM_EXPORT = "sbom";

    /**
     * What the command is run as: a scan, an SBOM export, or the Cloud Native grid
     * ({@code cct-lint requirements list FOLDER}: {@code --cloud-native --format grid --fail-on none} unless given).
     */
    enum Mode {
        SCAN(null, null, false),
        SBOM("cyclonedx", Severity.NONE, false),
        REQUIREMENTS(fr.cctlint.report.GridTextReporter.NAME, Severity.NONE, true);

        private final String format;
        private final Severity failOn;
        private final boolean cloudNative;

        Mode(String format, Severity failOn, boolean cloudNative) {
            this.format = format;
            this.failOn = failOn;
            this.cloudNative = cloudNative;
        }
    }

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

    @Option(names = "--since", paramLabel = "REV", descriptionKey = "scan.since")
    String since;

    @Option(names = "--baseline", paramLabel = "FILE.sarif", descriptionKey = "scan.baseline")
    Path baseline;

    @Option(names = "--include-dev", descriptionKey = "scan.includeDev")
    boolean includeDev;

    @Option(names = "--config", paramLabel = "FILE", descriptionKey = "scan.config")
    Path configFile;

    @Option(names = "--exclude", paramLabel = "GLOB", descriptionKey = "scan.exclude")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--max-file-size", paramLabel = "BYTES", descriptionKey = "scan.maxFileSize")
    Long maxFileSize;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",", descriptionKey = "scan.format",
            completionCandidates = FormatNames.class)
    List<String> formats = new ArrayList<>(List.of("text"));

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", descriptionKey = "scan.output")
    Path output;

    @Option(names = "--fail-on", paramLabel = "error|warning|note|none", defaultValue = "error",
            converter = SeverityConverter.class, descriptionKey = "scan.failOn")
    Severity failOn;

    @Option(names = "--new-project", descriptionKey = "scan.newProject")
    boolean newProject;

    @Option(names = "--cloud-native", descriptionKey = "scan.cloudNative")
    boolean cloudNative;

    @Option(names = "--color", paramLabel = "auto|always|never", defaultValue = "auto", descriptionKey = "scan.color")
    Console.ColourMode colour;

    @Option(names = "--progress", descriptionKey = "scan.progress")
    boolean progress;

    @Option(names = "--no-validate", descriptionKey = "scan.noValidate")
    boolean noValidate;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "scan.quiet")
    boolean quiet;

    @Mixin
    ReferentialOptions referentialOptions = new ReferentialOptions();

    private final Mode mode;

    public ScanCommand(Console console, Clock clock) {
        this(console, clock, Mode.SCAN);
    }

    private ScanCommand(Console console, Clock clock, Mode mode) {
        this.console = console;
        this.clock = clock;
        this.mode = mode;
    }

    /** The {@code sbom} command: this scan with the defaults of an export. */
    static picocli.CommandLine sbomExport(Console console, Clock clock) {
        picocli.CommandLine command = new picocli.CommandLine(new ScanCommand(console, clock, Mode.SBOM));
        command.getCommandSpec().name(SBOM_EXPORT);
        return command;
    }

    /** The {@code requirements list} command: this scan showing the Cloud Native grid. */
    static picocli.CommandLine requirementsList(Console console, Clock clock) {
        picocli.CommandLine command = new picocli.CommandLine(new ScanCommand(console, clock, Mode.REQUIREMENTS));
        command.getCommandSpec().name("list");
        return command;
    }

    @Override
    public Integer call() {
        if (mode != Mode.SCAN) {
            if (!spec.commandLine().getParseResult().hasMatchedOption("--format")) {
                formats = new ArrayList<>(List.of(mode.format));
            }
            if (!spec.commandLine().getParseResult().hasMatchedOption("--fail-on")) {
                failOn = mode.failOn;
            }
            cloudNative |= mode.cloudNative;
        }
        ReportOptions reportOptions = new ReportOptions(console.colourWanted(colour));
        ReporterRegistry registry = ReporterRegistry.standard(reportOptions);
        List<Reporter> reporters = reporters(registry);
        List<ScanInput> inputs = inputs();

        ProjectConfigLoader configLoader = new ProjectConfigLoader();
        ConfigResult named = configFile == null ? null : checked(configLoader.load(configFile, configFile.toString()));
        InputReader reader = Pipelines.reader(!noValidate, sourceOptions(named), named, progress(),
                new CloudNativeSwitch(cloudNative, newProject));
        List<InputReader.Read> reads = new ArrayList<>();
        for (ScanInput input : inputs) {
            reads.add(read(reader, input));
        }
        ProjectConfig config = named != null ? named.config() : reads.stream().map(InputReader.Read::config)
                .filter(java.util.Objects::nonNull).findFirst().map(this::checked).map(ConfigResult::config)
                .orElse(ProjectConfig.NONE);

        if (includeDev) {
            config = new ProjectConfig(config.file(), config.newProject(), config.cloudNative(), config.referentials(),
                    config.exclude(), true, true, config.severity(), config.embedded(), config.waivers());
        }
        Referential referential = referentialOptions.load(console, revisionReferentials(reads),
                configReferentials(config, inputs));
        boolean strict = newProject || Boolean.TRUE.equals(config.newProject());
        PolicyOptions policy = new PolicyOptions(strict, config, LocalDate.now(clock));
        Scanner scanner = Pipelines.scanner(referential, policy, clock);
        ScanReport report = scanner.scan(reads, read -> reportFatal(read.inventory()), InputReader.Read::cloudNative,
                failOn);
        report = onlyNew(report, reads);
        if (console.progressWanted(progress)) {
            console.err().println();
        }

        write(report, reporters, registry);
        boolean unreadable = report.inputs().stream().anyMatch(ScanCommand::unreadable);
        if (unreadable) {
            return ExitCode.USAGE.code();
        }
        return report.failed() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    /** A progress line on standard error, rewritten in place, when asked with --progress. */
    private Progress progress() {
        if (!console.progressWanted(progress)) {
            return Progress.NONE;
        }
        return (kind, manifests, components) -> {
            console.err().print("\r" + console.text("cli.progress", kind, String.valueOf(manifests),
                    String.valueOf(components)) + "    ");
            console.err().flush();
        };
    }

    /** An invalid project file stops the scan (exit code 2) after listing every problem with its line. */
    private ConfigResult checked(ConfigResult result) {
        if (!result.problems().isEmpty()) {
            result.problems().forEach(p -> console.err().println(ProblemLines.format(p, console.messages())));
            throw new UserException(Message.of("cli.invalidConfig", String.valueOf(result.problems().size())));
        }
        return result;
    }

    /**
     * The project file's referentials on disk, relative to its folder: the named file's, or the scanned folder's.
     * A git revision's own project file has its referentials read from the revision ({@link #revisionReferentials}).
     */
    private List<Path> configReferentials(ProjectConfig config, List<ScanInput> inputs) {
        if (config.referentials().isEmpty()) {
            return List.of();
        }
        Path base;
        if (configFile != null) {
            base = configFile.toAbsolutePath().getParent();
        } else if (inputs.get(0) instanceof ScanInput.Folder f) {
            base = f.root();
        } else if (inputs.get(0) instanceof ScanInput.Git) {
            return List.of();
        } else {
            throw new UserException(Message.of("cli.configReferentialsNeedFolder"));
        }
        return config.referentials().stream().map(base::resolve).toList();
    }

    /** The referentials a git revision's project file lists, read from that revision; empty for other inputs. */
    private static List<ReferentialSource> revisionReferentials(List<InputReader.Read> reads) {
        return reads.stream().map(InputReader.Read::referentials).filter(r -> !r.isEmpty()).findFirst()
                .orElse(List.of());
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
        if (since != null && git == null) {
            throw new ParameterException(spec.commandLine(), console.text("cli.sinceNeedsGit"));
        }
        if (git != null) {
            return List.of(new ScanInput.Git(git, rev, since));
        }
        return List.of(new ScanInput.Folder(folder == null ? Path.of(".") : folder));
    }

    private SourceOptions sourceOptions(ConfigResult named) {
        List<String> globs = new ArrayList<>(excludes);
        if (named != null) {
            globs.addAll(named.config().exclude());
        }
        SourceOptions options = SourceOptions.defaults().withExcludes(globs);
        return maxFileSize == null ? options : options.withMaxFileBytes(maxFileSize);
    }

    private static InputReader.Read read(InputReader reader, ScanInput input) {
        try {
            return reader.read(input);
        } catch (SourceException e) {
            throw new UserException(e.message(), e);
        }
    }

    /** With {@code --baseline} or {@code --since}: only the findings that are new. */
    private ScanReport onlyNew(ScanReport report, List<InputReader.Read> reads) {
        Map<String, ChangedFiles> changes = new HashMap<>();
        reads.stream().filter(r -> r.changed() != null)
                .forEach(r -> changes.put(r.inventory().source().location(), r.changed()));
        NewOnlyFilter baselineFilter = null;
        if (baseline != null) {
            BaselineResult read = Baseline.read(baseline);
            if (!read.ok()) {
                throw new UserException(read.problem().message());
            }
            baselineFilter = NewOnlyFilter.baseline(read.baseline());
        }
        if (baselineFilter == null && changes.isEmpty()) {
            return report;
        }
        List<InputReport> inputs = new ArrayList<>();
        for (InputReport input : report.inputs()) {
            List<Finding> kept = input.findings();
            ChangedFiles changed = changes.get(input.source().location());
            if (changed != null) {
                kept = NewOnlyFilter.since(changed).apply(kept).kept();
            }
            if (baselineFilter != null) {
                kept = baselineFilter.apply(kept).kept();
            }
            inputs.add(input.withFindings(kept));
        }
        return new ScanReport(report.tool(), report.referential(), inputs, report.failOn(), report.newProject(),
                report.finishedAt());
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
