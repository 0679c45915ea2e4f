package fr.cctlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.report.ReportOptions;
import fr.cctlint.report.Reporter;
import fr.cctlint.report.ReporterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The pipeline files of {@code examples/ci/} use the report paths cct-lint really writes: each is parsed (YAML
 * with SnakeYAML's safe loading, the Jenkinsfile with regular expressions), and every report path a job hands
 * to its platform must be {@code <the job's --output folder>/<the file name a reporter of the CLI's registry
 * writes>}, for a format the job's {@code --format} asks for and the registry knows. The names come from
 * {@link ReporterRegistry}, so renaming a report file or a format breaks this test until the examples follow.
 * Each folder scan of the files is then run on an example project, and the files the pipeline picks up exist.
 */
class CiExamplesTest {
    private static final Path ROOT = Path.of(System.getProperty("cct.root", "..")).toAbsolutePath().normalize();
    private static final Path CI = ROOT.resolve("examples/ci");
    private static final ReporterRegistry REGISTRY = ReporterRegistry.standard(new ReportOptions(false));
    /** A report path in any text: {@code reports/<name>}, not a glob. */
    private static final Pattern REPORT_MENTION = Pattern.compile("(?<![\\w.-])reports/([\\w.-]+)");

    @TempDir
    Path out;

    /** One cct-lint invocation found in a pipeline file: its words after the launcher. */
    record Command(List<String> args) {
        List<String> values(String... names) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                for (String name : names) {
                    if (arg.equals(name) && i + 1 < args.size()) {
                        values.add(args.get(i + 1));
                    } else if (arg.startsWith(name + "=")) {
                        values.add(arg.substring(name.length() + 1));
                    }
                }
            }
            return values;
        }

        List<String> formats() {
            return values("--format", "-f").stream().flatMap(v -> Stream.of(v.split(","))).map(String::strip).toList();
        }

        Optional<String> output() {
            return values("--output", "-o").stream().map(CiExamplesTest::folder).findFirst();
        }

        boolean git() {
            return args.contains("--git");
        }

        @Override
        public String toString() {
            return "cct-lint " + String.join(" ", args);
        }
    }

    /** A job of a pipeline file: its cct-lint commands and the report paths and folders it publishes. */
    record Job(String file, String name, List<Command> commands, List<String> reportPaths, List<String> folders) {
        String where() {
            return file + " " + name;
        }
    }

    // ---------------------------------------------------------------- reading the files

    private static Object yaml(String file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(1_000_000);
        return new Yaml(new SafeConstructor(options)).load(Files.readString(CI.resolve(file), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A scalar or a list of scalars, as strings. */
    private static List<String> strings(Object node) {
        if (node instanceof List<?> list) {
            return list.stream().flatMap(item -> strings(item).stream()).toList();
        }
        return node == null || node instanceof Map ? List.of() : List.of(String.valueOf(node));
    }

    /** Every cct-lint command of a shell script: launcher path ending in {@code cct-lint}, then {@code scan}. */
    static List<Command> commands(String script) {
        List<Command> commands = new ArrayList<>();
        for (String line : script.replace("\\\n", " ").split("\n")) {
            List<String> words = words(line);
            for (int i = 0; i + 1 < words.size(); i++) {
                if ((words.get(i).equals("cct-lint") || words.get(i).endsWith("/cct-lint"))
                        && words.get(i + 1).equals("scan")) {
                    int end = i + 1;
                    while (end < words.size() && !List.of("&&", "||", ";", "|").contains(words.get(end))) {
                        end++;
                    }
                    commands.add(new Command(List.copyOf(words.subList(i + 1, end))));
                }
            }
        }
        return commands;
    }

    /** Shell words, quotes removed (enough for the command lines of the examples). */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** A folder as written in a pipeline, compared without {@code ./} and trailing {@code /} or {@code /**}. */
    static String folder(String path) {
        String p = path.strip();
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/**") || p.endsWith("/")) {
            p = p.endsWith("/**") ? p.substring(0, p.length() - 3) : p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** GitLab: every visible job with a script, its {@code extends} templates merged in. */
    static List<Job> gitlabJobs() throws IOException {
        Map<String, Object> file = map(yaml("gitlab-ci.yml"));
        List<Job> jobs = new ArrayList<>();
        for (Map.Entry<String, Object> e : file.entrySet()) {
            if (e.getKey().startsWith(".") || !map(e.getValue()).containsKey("script")) {
                continue;
            }
            Map<String, Object> job = resolveExtends(file, map(e.getValue()), 0);
            List<Command> commands = new ArrayList<>();
            for (String key : List.of("before_script", "script", "after_script")) {
                strings(job.get(key)).forEach(line -> commands.addAll(commands(line)));
            }
            Map<String, Object> artifacts = map(job.get("artifacts"));
            List<String> reports = map(artifacts.get("reports")).values().stream()
                    .flatMap(v -> strings(v).stream()).toList();
            jobs.add(new Job("gitlab-ci.yml", e.getKey(), commands, reports, strings(artifacts.get("paths"))));
        }
        return jobs;
    }

    private static Map<String, Object> resolveExtends(Map<String, Object> file, Map<String, Object> job, int depth) {
        assertTrue(depth < 10, "extends chain too deep");
        Map<String, Object> merged = new LinkedHashMap<>();
        for (String parent : strings(job.get("extends"))) {
            merged = deepMerge(merged, resolveExtends(file, map(file.get(parent)), depth + 1));
        }
        return deepMerge(merged, job);
    }

    /** GitLab's {@code extends} merge: maps merge key by key, anything else is replaced. */
    private static Map<String, Object> deepMerge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> result = new LinkedHashMap<>(base);
        over.forEach((k, v) -> result.put(k, v instanceof Map && result.get(k) instanceof Map
                ? deepMerge(map(result.get(k)), map(v)) : v));
        return result;
    }

    /** GitHub Actions: each job, with the SARIF files its upload-sarif steps send. */
    static List<Job> githubJobs() throws IOException {
        Map<String, Object> jobsNode = map(map(yaml("github-actions.yml")).get("jobs"));
        List<Job> jobs = new ArrayList<>();
        for (Map.Entry<String, Object> e : jobsNode.entrySet()) {
            List<Command> commands = new ArrayList<>();
            List<String> reports = new ArrayList<>();
            for (Object step : (List<?>) map(e.getValue()).getOrDefault("steps", List.of())) {
                strings(map(step).get("run")).forEach(run -> commands.addAll(commands(run)));
                reports.addAll(strings(map(map(step).get("with")).get("sarif_file")));
            }
            jobs.add(new Job("github-actions.yml", e.getKey(), commands, reports, List.of()));
        }
        return jobs;
    }

    private static final Pattern SH = Pattern.compile("\\bsh\\s*\\(?\\s*(?:script\\s*:\\s*)?('''|\"\"\"|'|\")(.*?)\\1",
            Pattern.DOTALL);
    private static final Pattern JUNIT = Pattern.compile(
            "\\bjunit\\s*\\(?\\s*(?:testResults\\s*:\\s*)?['\"]([^'\"]+)['\"]");
    private static final Pattern PATTERN = Pattern.compile("\\bpattern\\s*:\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern ARCHIVE = Pattern.compile(
            "\\barchiveArtifacts\\s*\\(?\\s*(?:artifacts\\s*:\\s*)?['\"]([^'\"]+)['\"]");

    /** Jenkins: the whole pipeline as one job; commented-out steps count for paths too. */
    static Job jenkinsJob() throws IOException {
        String text = Files.readString(CI.resolve("Jenkinsfile"), StandardCharsets.UTF_8);
        List<Command> commands = new ArrayList<>();
        all(SH, text, 2).forEach(script -> commands.addAll(commands(script)));
        List<String> reports = new ArrayList<>(all(JUNIT, text, 1));
        reports.addAll(all(PATTERN, text, 1));
        return new Job("Jenkinsfile", "pipeline", commands, reports, all(ARCHIVE, text, 1));
    }

    private static List<String> all(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }

    static List<Job> allJobs() throws IOException {
        List<Job> jobs = new ArrayList<>(gitlabJobs());
        jobs.addAll(githubJobs());
        jobs.add(jenkinsJob());
        return jobs;
    }

    // ---------------------------------------------------------------- the checks

    /** What is wrong with a job's use of cct-lint's formats and report paths; empty when all is right. */
    static List<String> problems(Job job) {
        List<String> problems = new ArrayList<>();
        if (job.commands().isEmpty()) {
            problems.add(job.where() + ": runs no cct-lint scan");
            return problems;
        }
        Set<String> formats = new LinkedHashSet<>();
        Set<String> outputs = new LinkedHashSet<>();
        for (Command command : job.commands()) {
            if (command.formats().isEmpty()) {
                problems.add(job.where() + ": " + command + " names no --format");
            }
            for (String format : command.formats()) {
                if (REGISTRY.byName(format).isEmpty()) {
                    problems.add(job.where() + ": --format " + format + " is not a format of the CLI's ReporterRegistry "
                            + REGISTRY.names());
                }
                formats.add(format);
            }
            command.output().ifPresentOrElse(outputs::add,
                    () -> problems.add(job.where() + ": " + command + " has no --output folder"));
        }
        if (outputs.size() != 1) {
            problems.add(job.where() + ": its commands write to " + outputs + ", expected one --output folder");
            return problems;
        }
        String output = outputs.iterator().next();
        for (String path : job.reportPaths()) {
            int slash = path.lastIndexOf('/');
            String dir = slash < 0 ? "" : folder(path.substring(0, slash));
            String name = path.substring(slash + 1);
            Optional<Reporter> writer = REGISTRY.all().stream().filter(r -> r.fileName().equals(name)).findFirst();
            if (!dir.equals(output)) {
                problems.add(job.where() + ": " + path + " is not in the --output folder " + output);
            }
            if (writer.isEmpty()) {
                problems.add(job.where() + ": " + path + ": " + name + " is not a file the CLI's reporters write "
                        + REGISTRY.all().stream().map(Reporter::fileName).toList());
            } else if (!formats.contains(writer.get().name())) {
                problems.add(job.where() + ": " + path + " is written by --format " + writer.get().name()
                        + ", which the job does not ask for " + formats);
            }
        }
        for (String published : job.folders()) {
            if (!folder(published).equals(output)) {
                problems.add(job.where() + ": publishes " + published + ", not the --output folder " + output);
            }
        }
        return problems;
    }

    @TestFactory
    Stream<DynamicTest> everyJobUsesTheFormatsAndPathsTheCliWrites() throws IOException {
        List<Job> jobs = allJobs();
        assertEquals(4, jobs.size(), "two GitLab jobs, one GitHub job, one Jenkins pipeline: " + jobs);
        return jobs.stream().map(job -> DynamicTest.dynamicTest(job.where(),
                () -> assertEquals(List.of(), problems(job))));
    }

    @Test
    void theGitlabJobsPublishJunitCodeQualityAndSarifAlways() throws IOException {
        Map<String, Object> file = map(yaml("gitlab-ci.yml"));
        List<Job> jobs = gitlabJobs();
        for (Job job : jobs) {
            Map<String, Object> artifacts = map(resolveExtends(file, map(file.get(job.name())), 0).get("artifacts"));
            assertEquals("always", artifacts.get("when"), job.where() + " keeps reports of a failing scan");
            Map<String, Object> reports = map(artifacts.get("reports"));
            assertEquals(Set.of("junit", "codequality"), reports.keySet(), job.where());
            assertEquals(outputOf(job) + "/" + fileOf("junit"), reports.get("junit"), job.where());
            assertEquals(outputOf(job) + "/" + fileOf("codequality"), reports.get("codequality"), job.where());
            assertEquals(List.of(outputOf(job)), job.folders().stream().map(CiExamplesTest::folder).toList(),
                    job.where() + " keeps the whole folder, SARIF included");
            assertTrue(job.commands().stream().allMatch(c -> c.formats().contains("sarif")
                    && c.values("--fail-on").equals(List.of("error"))), job.where());
        }
        Command mergeRequest = jobs.stream().flatMap(j -> j.commands().stream()).filter(Command::git)
                .findFirst().orElseThrow(() -> new AssertionError("a merge-request job scanning --git ."));
        assertEquals(List.of("."), mergeRequest.values("--git"));
        assertEquals(List.of("$CI_MERGE_REQUEST_DIFF_BASE_SHA"), mergeRequest.values("--since"));
        assertTrue(jobs.stream().flatMap(j -> j.commands().stream()).anyMatch(c -> !c.git()), "a branch job");
    }

    @Test
    void theGithubWorkflowUploadsTheSarifReportAlways() throws IOException {
        Map<String, Object> job = map(map(map(yaml("github-actions.yml")).get("jobs")).get("cct-lint"));
        List<Map<String, Object>> steps = ((List<?>) job.get("steps")).stream().map(CiExamplesTest::map).toList();
        Map<String, Object> upload = steps.stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("github/codeql-action/upload-sarif@"))
                .findFirst().orElseThrow(() -> new AssertionError("an upload-sarif step"));
        assertEquals("always()", upload.get("if"), "uploads the findings of a failing scan");
        Job parsed = githubJobs().get(0);
        assertEquals(outputOf(parsed) + "/" + fileOf("sarif"), map(upload.get("with")).get("sarif_file"));
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/setup-java@")
                && "17".equals(String.valueOf(map(s.get("with")).get("java-version")))), "Java 17");
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("run")).contains("mvn ")
                && String.valueOf(s.get("run")).contains(" package")), "builds cct-lint with Maven");
        assertEquals(List.of("sarif"), parsed.commands().get(0).formats());
    }

    @Test
    void theJenkinsStagePublishesJunitAlways() throws IOException {
        String text = Files.readString(CI.resolve("Jenkinsfile"), StandardCharsets.UTF_8);
        String code = text.replaceAll("(?m)^\\s*//.*$", "");
        Job job = jenkinsJob();
        List<String> junit = all(JUNIT, code, 1);
        assertEquals(List.of(outputOf(job) + "/" + fileOf("junit")), junit, "one junit step, not commented out");
        int always = code.indexOf("always {");
        assertTrue(always > 0 && code.indexOf("junit '", always) > always, "junit runs in post { always { } }");
        assertTrue(job.commands().get(0).formats().contains("junit"));
    }

    @Test
    void everyReportFileTheExamplesMentionIsOneTheCliWrites() throws IOException {
        Set<String> written = new LinkedHashSet<>(REGISTRY.all().stream().map(Reporter::fileName).toList());
        List<String> wrong = new ArrayList<>();
        int mentions = 0;
        for (String file : List.of("gitlab-ci.yml", "github-actions.yml", "Jenkinsfile", "README.md")) {
            Matcher m = REPORT_MENTION.matcher(Files.readString(CI.resolve(file), StandardCharsets.UTF_8));
            while (m.find()) {
                mentions++;
                if (!written.contains(m.group(1))) {
                    wrong.add(file + ": reports/" + m.group(1));
                }
            }
        }
        assertTrue(mentions >= 10, "the files name their report paths: " + mentions);
        assertEquals(List.of(), wrong, "files the CLI's reporters write: " + written);
    }

    /**
     * Each folder scan of the pipeline files, run on an example project with its output redirected: it writes
     * every file the job then publishes (and fails the way the job would, with exit code 1 on errors).
     */
    @TestFactory
    Stream<DynamicTest> eachFolderScanWritesWhatItsJobPublishes() throws IOException {
        Path project = ROOT.resolve("examples/project-node");
        List<DynamicTest> tests = new ArrayList<>();
        for (Job job : allJobs()) {
            for (Command command : job.commands()) {
                if (command.git()) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(job.where(), () -> {
                    assertTrue(problems(job).isEmpty(), "the job is right first: " + problems(job));
                    Path reports = out.resolve(job.file() + "-" + job.name());
                    List<String> args = new ArrayList<>();
                    for (int i = 0; i < command.args().size(); i++) {
                        String arg = command.args().get(i);
                        boolean previousTakesValue = i > 0 && command.args().get(i - 1).startsWith("-");
                        if (arg.equals(".") && !previousTakesValue) {
                            args.add(project.toString());
                        } else if (i > 0 && List.of("--output", "-o").contains(command.args().get(i - 1))) {
                            args.add(reports.toString());
                        } else {
                            args.add(arg);
                        }
                    }
                    args.add("-q");
                    CliRun run = CliRun.of(args.toArray(String[]::new));
                    assertNotEquals(2, run.exitCode(), run.err());
                    assertEquals(1, run.exitCode(), "the example breaks the rules on purpose: " + run.err());
                    for (String path : job.reportPaths()) {
                        Path file = reports.resolve(path.substring(path.lastIndexOf('/') + 1));
                        assertTrue(Files.isRegularFile(file) && Files.size(file) > 0, "written: " + path);
                    }
                }));
            }
        }
        assertFalse(tests.isEmpty());
        assertEquals(3, tests.size(), "the GitLab branch job, the GitHub job and the Jenkins stage scan a folder");
        return tests.stream();
    }

    @Test
    void aJobWithAWrongPathOrFormatIsReported() {
        Command scan = new Command(List.of("scan", ".", "--format", "sarif,junit", "--output", "reports/"));
        assertEquals(List.of(), problems(new Job("f", "right", List.of(scan), List.of("reports/cct-lint.sarif",
                "./reports/cct-lint-junit.xml"), List.of("reports/**"))));
        List<String> problems = problems(new Job("f", "wrong", List.of(scan,
                new Command(List.of("scan", ".", "--format", "pdf", "--output", "out"))),
                List.of("reports/cct-lint.json", "reports/cct-lint.xml"), List.of("out/")));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("--format pdf"), problems.toString());
        assertTrue(problems.get(1).contains("[reports, out]"), problems.toString());
        List<String> paths = problems(new Job("f", "paths", List.of(scan),
                List.of("reports/cct-lint.json", "reports/cct-lint.xml", "build/cct-lint.sarif"), List.of("out/")));
        assertEquals(List.of(
                "f paths: reports/cct-lint.json is written by --format json, which the job does not ask for [sarif, junit]",
                "f paths: reports/cct-lint.xml: cct-lint.xml is not a file the CLI's reporters write "
                        + REGISTRY.all().stream().map(Reporter::fileName).toList(),
                "f paths: build/cct-lint.sarif is not in the --output folder reports",
                "f paths: publishes out/, not the --output folder reports"), paths);
        assertEquals(List.of("scan", "--git", ".", "--since", "$SHA"),
                commands("./x/cct-lint scan --git . --since \"$SHA\" && echo done").get(0).args());
    }

    private static String outputOf(Job job) {
        return job.commands().get(0).output().orElseThrow();
    }

    /** The file name the registry's reporter of that format writes; fails when the format is not registered. */
    private static String fileOf(String format) {
        return REGISTRY.byName(format).map(Reporter::fileName).orElseThrow(() -> new AssertionError(
                "--format " + format + " is not registered in the CLI's ReporterRegistry " + REGISTRY.names()));
    }
}
