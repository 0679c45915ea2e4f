package fr.cctlint.collect.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Components;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one Dockerfile into components: the base image of the final stage (followed through stage references to
 * the image it is built on) as the operated OS and runtime, every other image as build-only, and the OS packages
 * installed in the final stage and the stages it is built on. The facts later checks need are kept on the final
 * image: its user ({@link #USER}), exposed ports ({@link #EXPOSED_PORTS}), stage and file.
 */
public final class DockerfileParser {
    /** Property: the Dockerfile that names the component. */
    public static final String DOCKERFILE = "cct:dockerfile";
    /** Property: the stage, by name when it has one, else by 0-based index. */
    public static final String STAGE = "cct:stage";
    /** Property: the {@code --platform} of the FROM. */
    public static final String PLATFORM = "cct:platform";
    /** Property of the final image: the last USER of the final stage (or the stages it is built on), as written. */
    public static final String USER = "cct:user";
    /** Property of the final image: the line of that USER. */
    public static final String USER_LINE = "cct:userLine";
    /** Property of the final image: exposed ports, comma separated, each with its protocol ({@code 8080/tcp}). */
    public static final String EXPOSED_PORTS = "cct:exposedPorts";
    /** Property of the final image: the EXPOSE line of each port, comma separated, in the same order. */
    public static final String EXPOSED_PORT_LINES = "cct:exposedPortLines";
    /** Property of OS packages: the apk {@code --virtual} group they were installed in. */
    public static final String VIRTUAL_GROUP = "cct:virtualGroup";
    /** Property of OS packages: the command that installed them ({@code apt-get}, {@code apk}...). */
    public static final String PACKAGE_MANAGER = "cct:packageManager";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RUN_FLAGS = Pattern.compile("^(?:--[a-z-]+(?:=\\S*)?\\s+)+");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh");
    private static final Pattern PORT = Pattern.compile("^(\\d+(?:-\\d+)?)(?:/([A-Za-z]+))?$");

    private final SourceText source;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Component> components = new ArrayList<>();
    private final Map<String, Optional<String>> globalArgs = new HashMap<>();
    private final List<Stage> stages = new ArrayList<>();
    private char escape = '\\';

    private DockerfileParser(SourceText source) {
        this.source = source;
    }

    /** The components and problems of one Dockerfile. Never throws for bad input. */
    public static Collection parse(SourceText source) {
        return new DockerfileParser(source).run();
    }

    private Collection run() {
        DockerfileReader.Result read = DockerfileReader.read(source);
        escape = read.escape();
        problems.addAll(read.problems());
        for (Instruction instruction : read.instructions()) {
            instruction(instruction);
        }
        if (stages.isEmpty()) {
            problems.add(Problems.at(source.path(), read.instructions().isEmpty() ? 0 : read.instructions().get(0).line(),
                    0, Message.of("docker.noFrom")));
        } else {
            images();
        }
        List<Component> sorted = new ArrayList<>(mergeDuplicates(components));
        sorted.sort(Comparator.comparingInt(c -> c.primaryEvidence().line()));
        problems.sort(Comparator.comparingInt(Problem::line));
        return new Collection(sorted, problems);
    }

    // ----- instructions -----

    private void instruction(Instruction in) {
        if (stages.isEmpty() && !in.keyword().equals("FROM")) {
            if (in.keyword().equals("ARG")) {
                declareArgs(in, globalArgs, null);
            } else {
                problem(in.line(), Message.of("docker.beforeFrom", in.keyword()));
            }
            return;
        }
        switch (in.keyword()) {
            case "FROM" -> from(in);
            case "ARG" -> declareArgs(in, current().args, current());
            case "ENV" -> env(in);
            case "RUN" -> current().runs.add(in);
            case "USER" -> user(in);
            case "EXPOSE" -> expose(in);
            case "COPY", "ADD" -> copyFrom(in);
            default -> {
                // CMD, LABEL, WORKDIR, ONBUILD...: nothing to collect
            }
        }
    }

    private Stage current() {
        return stages.get(stages.size() - 1);
    }

    private void from(Instruction in) {
        List<String> words = DockerWords.split(in.arguments(), escape);
        String platform = null;
        int i = 0;
        while (i < words.size() && words.get(i).startsWith("--")) {
            String flag = words.get(i++);
            if (flag.startsWith("--platform=")) {
                platform = flag.substring("--platform=".length());
            }
        }
        Stage stage = new Stage(stages.size(), in);
        stages.add(stage);
        if (i >= words.size()) {
            problem(in.line(), Message.of("docker.fromWithoutImage"));
            return;
        }
        String written = DockerWords.unquote(words.get(i), escape);
        if (words.size() == i + 3 && words.get(i + 1).equalsIgnoreCase("AS")) {
            stage.name = words.get(i + 2).toLowerCase(Locale.ROOT);
        } else if (words.size() != i + 1) {
            problem(in.line(), Message.of("docker.invalidFrom", in.arguments().strip()));
            return;
        }
        stage.platform = platform;
        Variables.Substitution sub = Variables.substitute(written, name -> globalArgs.getOrDefault(name, Optional.empty()),
                escape);
        String reference = sub.text().strip();
        if (sub.resolved() && reference.equalsIgnoreCase("scratch")) {
            return; // an empty base: no image
        }
        if (sub.resolved()) {
            for (Stage earlier : stages) {
                if (earlier != stage && earlier.name != null && earlier.name.equals(reference.toLowerCase(Locale.ROOT))) {
                    stage.parent = earlier;
                    stage.env.putAll(earlier.env);
                    return;
                }
            }
        }
        Optional<ImageReference> image = ImageReference.of(written, reference, sub.resolved());
        if (image.isEmpty()) {
            problem(in.line(), Message.of("docker.invalidImage", written));
            return;
        }
        stage.image = image.get();
    }

    private void declareArgs(Instruction in, Map<String, Optional<String>> into, Stage stage) {
        for (String word : DockerWords.split(in.arguments(), escape)) {
            int eq = word.indexOf('=');
            String name = eq < 0 ? word : word.substring(0, eq);
            if (eq < 0) {
                // an ARG without default: a global one keeps its global value in the stage; else unknown
                into.put(name, stage == null ? Optional.empty() : globalArgs.getOrDefault(name, Optional.empty()));
            } else {
                Variables.Substitution sub = Variables.substitute(word.substring(eq + 1),
                        stage == null ? n -> globalArgs.getOrDefault(n, Optional.empty()) : stage::lookup, escape);
                into.put(name, sub.resolved() ? Optional.of(DockerWords.unquote(sub.text(), escape)) : Optional.empty());
            }
        }
    }

    private void env(Instruction in) {
        Stage stage = current();
        List<String> words = DockerWords.split(in.arguments(), escape);
        if (words.isEmpty()) {
            return;
        }
        if (!words.get(0).contains("=")) { // legacy form: ENV KEY value with spaces
            String rest = in.arguments().strip().substring(words.get(0).length()).strip();
            Variables.Substitution sub = Variables.substitute(rest, stage::lookup, escape);
            stage.env.put(words.get(0), sub.resolved() ? Optional.of(DockerWords.unquote(sub.text(), escape)) : Optional.empty());
            return;
        }
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                Variables.Substitution sub = Variables.substitute(word.substring(eq + 1), stage::lookup, escape);
                stage.env.put(word.substring(0, eq),
                        sub.resolved() ? Optional.of(DockerWords.unquote(sub.text(), escape)) : Optional.empty());
            }
        }
    }

    private void user(Instruction in) {
        Stage stage = current();
        String written = in.arguments().strip();
        Variables.Substitution sub = Variables.substitute(written, stage::lookup, escape);
        stage.user = DockerWords.unquote(sub.text(), escape).strip();
        stage.userLine = in.line();
    }

    private void expose(Instruction in) {
        Stage stage = current();
        for (String word : DockerWords.split(in.arguments(), escape)) {
            Variables.Substitution sub = Variables.substitute(word, stage::lookup, escape);
            String port = DockerWords.unquote(sub.text(), escape).strip();
            Matcher m = PORT.matcher(port);
            String normal = m.matches() ? m.group(1) + "/" + (m.group(2) == null ? "tcp" : m.group(2).toLowerCase(Locale.ROOT))
                    : port;
            stage.ports.add(new Port(normal, in.line()));
        }
    }

    /** {@code COPY --from=image}: an image that is neither a stage name nor a stage index is pulled to build. */
    private void copyFrom(Instruction in) {
        for (String word : DockerWords.split(in.arguments(), escape)) {
            if (!word.startsWith("--")) {
                return;
            }
            if (!word.startsWith("--from=")) {
                continue;
            }
            String written = DockerWords.unquote(word.substring("--from=".length()), escape);
            Variables.Substitution sub = Variables.substitute(written, current()::lookup, escape);
            String from = sub.text().strip().toLowerCase(Locale.ROOT);
            boolean stageRef = from.matches("\\d+") || stages.stream().anyMatch(s -> from.equals(s.name));
            if (!stageRef) {
                ImageReference.of(written, sub.text(), sub.resolved()).ifPresent(ref -> components.add(
                        ImageComponents.component(ref, Scope.BUILD, Roles.BUILD_STAGE_IMAGE, evidence(in),
                                stageProperties(current()))));
            }
        }
    }

    // ----- results -----

    private void images() {
        Stage last = current();
        List<Stage> chain = new ArrayList<>(); // the final stage and the stages it is built on, base first
        for (Stage s = last; s != null; s = s.parent) {
            chain.add(0, s);
        }
        Stage root = chain.get(0);
        for (Stage stage : stages) {
            if (stage.image != null && !chain.contains(stage)) {
                components.add(ImageComponents.component(stage.image, Scope.BUILD, Roles.BUILD_STAGE_IMAGE,
                        evidence(stage.from), stageProperties(stage)));
            }
        }
        if (root.image != null) {
            Map<String, String> facts = stageProperties(last);
            finalFacts(chain, facts);
            Component image = ImageComponents.component(root.image, Scope.RUNTIME, Roles.FINAL_STAGE_IMAGE,
                    evidence(root.from), facts);
            if (root != last) { // FROM builder: the final FROM is evidence too
                image = Components.merge(image, Components.of(image.purl(), null, image.name(), image.version(),
                        ComponentType.CONTAINER, Scope.RUNTIME, null, evidence(last.from), Map.of()));
            }
            components.add(image);
        }
        Optional<OsDistro> distro = root.image == null || root.image.image() == null ? Optional.empty()
                : OsDistro.of(root.image.image());
        packages(chain, distro.orElse(null));
    }

    private void finalFacts(List<Stage> chain, Map<String, String> facts) {
        Stage userStage = null;
        List<Port> ports = new ArrayList<>();
        for (Stage stage : chain) {
            if (stage.user != null) {
                userStage = stage;
            }
            ports.addAll(stage.ports);
        }
        if (userStage != null) {
            facts.put(USER, userStage.user);
            facts.put(USER_LINE, Integer.toString(userStage.userLine));
        }
        if (!ports.isEmpty()) {
            facts.put(EXPOSED_PORTS, String.join(",", ports.stream().map(Port::port).toList()));
            facts.put(EXPOSED_PORT_LINES, String.join(",", ports.stream().map(p -> Integer.toString(p.line())).toList()));
        }
    }

    private void packages(List<Stage> chain, OsDistro distro) {
        List<Installed> installed = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        int order = 0;
        for (Stage stage : chain) {
            for (Instruction run : stage.runs) {
                for (Script script : scripts(run)) {
                    for (List<ShellWords.Word> command : script.commands()) {
                        Optional<PackageCommands.Operation> op = PackageCommands.of(command);
                        if (op.isEmpty()) {
                            continue;
                        }
                        order++;
                        String manager = command.stream().map(ShellWords.Word::text)
                                .filter(w -> !w.contains("=") && !w.equals("sudo") && !w.equals("env"))
                                .findFirst().orElse("");
                        for (ShellWords.Word word : op.get().arguments()) {
                            int line = script.lineOf(word);
                            if (!op.get().install()) {
                                removed.add(new Removed(word.text(), order));
                                continue;
                            }
                            Optional<PackageSpec> spec = PackageSpec.parse(op.get().format(), word.text());
                            if (spec.isEmpty() || Variables.hasVariable(spec.get().name()) || word.text().startsWith("$")) {
                                if (word.expansion() || word.text().contains("*") || word.text().contains("?")) {
                                    problem(line, Message.of("docker.packageNotRead", word.text()));
                                }
                                continue;
                            }
                            installed.add(new Installed(spec.get(), op.get(), stage, line, order,
                                    manager.substring(manager.lastIndexOf('/') + 1)));
                        }
                    }
                }
            }
        }
        for (Installed pkg : installed) {
            boolean removedLater = removed.stream().anyMatch(r -> r.order() > pkg.order()
                    && (r.name().equals(pkg.spec().name()) || r.name().equals(pkg.operation().virtualGroup())));
            String namespace = distro != null && distro.format() == pkg.operation().format() ? distro.namespace() : null;
            String purl = Components.purl(pkg.operation().format().purlType, namespace, pkg.spec().name(),
                    pkg.spec().version(), null);
            Map<String, String> props = stageProperties(pkg.stage());
            props.put(PACKAGE_MANAGER, pkg.manager());
            if (pkg.operation().virtualGroup() != null) {
                props.put(VIRTUAL_GROUP, pkg.operation().virtualGroup());
            }
            if (pkg.spec().versionExpression() != null) {
                props.put(ImageComponents.VERSION_EXPRESSION, pkg.spec().versionExpression());
            }
            components.add(Components.of(purl, namespace, pkg.spec().name(), pkg.spec().version(), ComponentType.LIBRARY,
                    removedLater ? Scope.BUILD : Scope.RUNTIME, Roles.IMAGE_OS_PACKAGE, source.evidence(pkg.line()), props));
        }
    }

    /** The shell scripts a RUN runs: its command (shell or exec form) and heredoc bodies that are scripts. */
    private List<Script> scripts(Instruction run) {
        String arguments = run.arguments();
        Matcher flags = RUN_FLAGS.matcher(arguments);
        int skip = flags.find() ? flags.end() : 0;
        String command = arguments.substring(skip);
        List<Script> scripts = new ArrayList<>();
        List<String> exec = execForm(command);
        if (exec != null) {
            if (exec.size() >= 3 && SHELLS.contains(baseName(exec.get(0))) && exec.get(1).matches("-[a-z]*c")) {
                scripts.add(new Script(ShellWords.commands(exec.get(2)), w -> run.line()));
            } else {
                List<ShellWords.Word> words = exec.stream().map(w -> new ShellWords.Word(w, 0, false)).toList();
                scripts.add(new Script(List.of(words), w -> run.line()));
            }
            return scripts;
        }
        scripts.add(new Script(ShellWords.commands(command), w -> run.lineOfArgument(skip + w.offset())));
        String head = command.strip();
        boolean bodyIsScript = head.startsWith("<<") || SHELLS.contains(baseName(head.split("\\s+")[0]));
        if (bodyIsScript) {
            for (Instruction.Heredoc heredoc : run.heredocs()) {
                if (!heredoc.body().startsWith("#!") || heredoc.body().lines().findFirst().orElse("").matches("#!.*/(env )?(ba|da|a)?sh.*")) {
                    scripts.add(new Script(ShellWords.commands(heredoc.body()), w -> heredoc.lineAt(w.offset())));
                }
            }
        }
        return scripts;
    }

    private static List<String> execForm(String command) {
        String trimmed = command.strip();
        if (!trimmed.startsWith("[")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(trimmed);
            if (node == null || !node.isArray()) {
                return null;
            }
            List<String> words = new ArrayList<>();
            for (JsonNode item : node) {
                if (!item.isTextual()) {
                    return null;
                }
                words.add(item.asText());
            }
            return words.isEmpty() ? null : words;
        } catch (java.io.IOException e) {
            return null; // not JSON: Docker runs it as a shell command
        }
    }

    private static String baseName(String command) {
        return command.substring(command.lastIndexOf('/') + 1);
    }

    private Map<String, String> stageProperties(Stage stage) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(DOCKERFILE, source.path());
        props.put(STAGE, stage.name != null ? stage.name : Integer.toString(stage.index));
        if (stage.platform != null) {
            props.put(PLATFORM, stage.platform);
        }
        return props;
    }

    private Evidence evidence(Instruction in) {
        return new Evidence(source.path(), in.line(), in.firstLine());
    }

    private void problem(int line, Message message) {
        problems.add(Problems.at(source.path(), line, 0, message));
    }

    /** One component per id: an image named in two stages keeps the final stage's facts and both lines. */
    private static List<Component> mergeDuplicates(List<Component> all) {
        Map<String, Component> byId = new LinkedHashMap<>();
        for (Component c : all) {
            byId.merge(c.id(), c, (first, second) -> first.scope() != Scope.RUNTIME && second.scope() == Scope.RUNTIME
                    ? Components.merge(second, first) : Components.merge(first, second));
        }
        return List.copyOf(byId.values());
    }

    // ----- model -----

    private static final class Stage {
        final int index;
        final Instruction from;
        String name;
        String platform;
        ImageReference image;
        Stage parent;
        final Map<String, Optional<String>> env = new HashMap<>();
        final Map<String, Optional<String>> args = new HashMap<>();
        final List<Instruction> runs = new ArrayList<>();
        String user;
        int userLine;
        final List<Port> ports = new ArrayList<>();

        Stage(int index, Instruction from) {
            this.index = index;
            this.from = from;
        }

        /** A variable's value in this stage: ENV before ARG; empty when unknown. */
        Optional<String> lookup(String name) {
            Optional<String> value = env.get(name);
            if (value != null) {
                return value;
            }
            value = args.get(name);
            return value != null ? value : Optional.empty();
        }
    }

    private record Port(String port, int line) {
    }

    private record Installed(PackageSpec spec, PackageCommands.Operation operation, Stage stage, int line, int order,
            String manager) {
    }

    private record Removed(String name, int order) {
    }

    private record Script(List<List<ShellWords.Word>> commands, java.util.function.ToIntFunction<ShellWords.Word> lines) {
        int lineOf(ShellWords.Word word) {
            return lines.applyAsInt(word);
        }
    }
}
