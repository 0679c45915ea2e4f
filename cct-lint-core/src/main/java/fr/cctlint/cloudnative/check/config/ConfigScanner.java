package fr.cctlint.cloudnative.check.config;

import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceFiles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.collect.compose.ComposeCollector;
import fr.cctlint.collect.compose.DotEnv;
import fr.cctlint.collect.kubernetes.KubernetesCollector;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Rule;
import fr.cctlint.source.SourceTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One CN047 run over a tree: finds the configuration files, reads their values with lines, judges each value
 * ({@link ValueJudge}) and turns the findings into violations whose quoted lines are masked ({@link SecretMasker}).
 *
 * <p>Files the collectors also read (compose files, Kubernetes manifests) are read quietly: their encoding and
 * YAML problems are already reported by those collectors. Spring and {@code .env} files report theirs.
 */
public final class ConfigScanner {
    private final ConfigKnowledge knowledge;
    private final SourceTree tree;
    private final List<String> paths;
    private final Set<String> present;
    private final ConfigFiles files;
    private final ValueJudge judge;
    private final SecretMasker masker;
    private final KubernetesCollector kubernetes = new KubernetesCollector();
    private final Map<String, SourceText> texts = new HashMap<>();
    private final List<ConfigEntry> entries = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    public ConfigScanner(ConfigKnowledge knowledge, SourceTree tree, List<String> paths) {
        this.knowledge = knowledge;
        this.tree = tree;
        this.paths = List.copyOf(paths);
        this.present = new HashSet<>(paths);
        this.files = new ConfigFiles(knowledge);
        this.judge = new ValueJudge(knowledge);
        this.masker = new SecretMasker(knowledge);
    }

    /** Reads every configuration file and judges its values. */
    public CheckResult scan(Rule rule) {
        Set<String> composeFiles = new LinkedHashSet<>();
        Set<String> envFiles = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        paths.stream().filter(p -> ComposeCollector.isComposeFile(p) && !ConfigFiles.skipped(p)).forEach(queue::add);
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (!composeFiles.add(path)) {
                continue;
            }
            for (Node root : yaml(path, false)) {
                entries.addAll(ComposeEnvironment.entries(path, root, files.tolerated(path)));
                ComposeEnvironment.extendedFiles(path, root).stream().filter(present::contains).forEach(queue::add);
                ComposeEnvironment.envFiles(path, root).stream().filter(present::contains).forEach(envFiles::add);
            }
        }
        for (String path : paths) {
            if (composeFiles.contains(path) || ConfigFiles.skipped(path) && !envFiles.contains(path)) {
                continue;
            }
            if (ConfigFiles.isSpring(path)) {
                spring(path);
            } else if (files.isDotEnv(path) || envFiles.contains(path)) {
                dotEnv(path);
            } else if (kubernetes.claims(path)) {
                for (Node document : yaml(path, false)) {
                    entries.addAll(KubernetesConfig.entries(path, document));
                }
            }
        }
        return result(rule);
    }

    private void spring(String path) {
        boolean tolerated = files.tolerated(path);
        if (ConfigFiles.isProperties(path)) {
            text(path, true).ifPresent(source -> {
                PropertiesReader.Result read = PropertiesReader.read(source);
                problems.addAll(read.problems());
                for (PropertiesReader.Setting s : read.settings()) {
                    entries.add(new ConfigEntry(path, s.line(), s.key(), s.value(), SourceFiles.fileName(path),
                            tolerated, false));
                }
            });
            return;
        }
        for (Node document : yaml(path, true)) {
            List<YamlSettings.Leaf> leaves = YamlSettings.leaves(document);
            boolean toleratedDocument = tolerated || leaves.stream()
                    .filter(l -> l.key().equals("spring.config.activate.on-profile") || l.key().equals("spring.profiles"))
                    .anyMatch(l -> files.toleratedProfile(l.value()));
            for (YamlSettings.Leaf leaf : leaves) {
                entries.add(new ConfigEntry(path, leaf.line(), leaf.key(), leaf.value(), SourceFiles.fileName(path),
                        toleratedDocument, false));
            }
        }
    }

    private void dotEnv(String path) {
        boolean tolerated = files.tolerated(path);
        text(path, true).ifPresent(source -> {
            for (int n = 1; n <= source.lineCount(); n++) {
                for (Map.Entry<String, String> e : DotEnv.parse(source.line(n)).entrySet()) {
                    entries.add(new ConfigEntry(path, n, e.getKey(), e.getValue(), SourceFiles.fileName(path),
                            tolerated, false));
                }
            }
        });
    }

    /** The documents of a YAML file (those before a syntax error too); a Helm template that is not YAML gives what it can. */
    private List<Node> yaml(String path, boolean report) {
        Optional<SourceText> source = text(path, report);
        if (source.isEmpty()) {
            return List.of();
        }
        SafeYaml.Result result = SafeYaml.load(source.get());
        if (result.problem() != null && report) {
            problems.add(result.problem());
        }
        return result.documents();
    }

    private Optional<SourceText> text(String path, boolean report) {
        List<Problem> found = new ArrayList<>();
        Optional<SourceText> source = SourceFiles.text(tree, path, found);
        if (report) {
            problems.addAll(found);
        }
        source.ifPresent(s -> texts.put(path, s));
        return source;
    }

    private CheckResult result(Rule rule) {
        List<Violation> violations = new ArrayList<>();
        List<Evidence> checked = new ArrayList<>();
        Set<String> subjects = new HashSet<>();
        Map<String, List<ConfigEntry>> secretObjects = new java.util.LinkedHashMap<>();
        Map<String, Evidence> secretObjectLines = new HashMap<>();
        for (ConfigEntry entry : entries) {
            Optional<Finding> finding = judge.judge(entry);
            if (finding.isEmpty()) {
                continue;
            }
            SourceText source = texts.get(entry.file());
            String line = source == null ? "" : source.line(entry.line());
            Finding f = finding.get();
            if (f.fine()) {
                checked.add(new Evidence(entry.file(), entry.line(), masker.mask(line)));
                continue;
            }
            Evidence where = new Evidence(entry.file(), entry.line(), masker.mask(line, f.secret()));
            if (Finding.SECRET_OBJECT.equals(f.kind())) { // one violation per Secret object, at its first value
                String object = entry.file() + ":" + entry.where();
                secretObjects.computeIfAbsent(object, k -> new ArrayList<>()).add(entry);
                secretObjectLines.putIfAbsent(object, where);
                continue;
            }
            String subject = subject(entry, subjects);
            violations.add(new Violation(where, message(entry, f), subject, null));
        }
        secretObjects.forEach((object, values) -> violations.add(new Violation(secretObjectLines.get(object),
                Message.of("cnconfig.secretObject", String.join(", ", values.stream().map(ConfigEntry::key).toList()),
                        values.get(0).where()), object, null)));
        return new CheckResult(rule, violations, checked, List.copyOf(new LinkedHashSet<>(problems)));
    }

    private static Message message(ConfigEntry entry, Finding f) {
        Message kind = Message.of("cnconfig.kind." + f.kind());
        return Message.of(f.aboutSecret() ? "cnconfig.secret" : "cnconfig.host", entry.key(), entry.where(), kind);
    }

    /** {@code file:key}, or {@code file:services.api:KEY} / {@code file:Deployment/api:KEY}; made unique by a suffix. */
    private static String subject(ConfigEntry entry, Set<String> taken) {
        boolean inFile = entry.where().equals(SourceFiles.fileName(entry.file()));
        String base = entry.file() + ":" + (inFile ? "" : entry.where() + ":") + entry.key();
        String subject = base;
        for (int n = 2; !taken.add(subject); n++) {
            subject = base + "#" + n;
        }
        return subject;
    }
}
