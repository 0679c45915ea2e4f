package fr.cctlint.cloudnative.check.access;

import fr.cctlint.cloudnative.check.CheckContext;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.RequirementCheck;
import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.cloudnative.check.capability.Capabilities;
import fr.cctlint.cloudnative.check.capability.CapabilitiesLoader;
import fr.cctlint.cloudnative.check.support.FileProblems;
import fr.cctlint.cloudnative.check.support.Secrets;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Evidence;
import fr.cctlint.policy.Rule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * EX14 (CN014): no direct change in production, no kubectl. Reads the job scripts of GitLab CI files (every
 * {@code .gitlab-ci.yml} and the local files they include), GitHub Actions workflows ({@code run:} steps) and
 * Jenkinsfiles (every line: {@code sh '...'} steps and their multi-line scripts), and reports each script line that
 * runs a cluster-changing command ({@code kubectl apply}, {@code helm upgrade}, {@code oc rollout}...), quoting it
 * with anything that looks like a token masked. Read-only commands ({@code kubectl get}, {@code helm template},
 * {@code --dry-run}) pass; GitOps commands ({@code argocd app sync}, {@code flux reconcile}) are evidence that the
 * requirement is met, as is each CI file whose scripts change nothing.
 */
public final class ProductionAccessCheck implements RequirementCheck {
    private final ClusterCommandScanner scanner;

    public ProductionAccessCheck(Capabilities capabilities) {
        this.scanner = new ClusterCommandScanner(capabilities.clusterCommands());
    }

    /** With the bundled knowledge. */
    public ProductionAccessCheck() {
        this(CapabilitiesLoader.bundled());
    }

    @Override
    public Rule rule() {
        return Rule.CN014;
    }

    @Override
    public CheckResult check(CheckContext context) {
        FileProblems problems = new FileProblems(context.inventory());
        List<Violation> violations = new ArrayList<>();
        List<Evidence> checked = new ArrayList<>();
        Map<String, CiFiles.Kind> files = new java.util.LinkedHashMap<>();
        CiFiles.roots(context.paths()).forEach(p -> files.put(p, CiFiles.kindOf(p).orElseThrow()));
        Deque<String> queue = new ArrayDeque<>(files.keySet());
        Set<String> done = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (!done.add(path)) {
                continue;
            }
            CiFiles.Kind kind = files.get(path);
            Optional<SourceText> text = problems.text(context.tree(), path);
            if (text.isEmpty()) {
                continue;
            }
            ScriptLines scripts;
            if (kind == CiFiles.Kind.JENKINS) {
                scripts = new ScriptLines();
                for (int line = 1; line <= text.get().lineCount(); line++) {
                    scripts.addLine(line, "");
                }
            } else {
                SafeYaml.Result yaml = SafeYaml.load(text.get());
                if (yaml.problem() != null) {
                    problems.add(yaml.problem());
                }
                if (kind == CiFiles.Kind.GITLAB) {
                    scripts = GitLabScripts.scripts(yaml.documents());
                    for (String included : GitLabScripts.includes(yaml.documents(), context.paths())) {
                        files.putIfAbsent(included, CiFiles.Kind.GITLAB);
                        queue.add(included);
                    }
                } else {
                    scripts = githubScripts(yaml.documents());
                }
            }
            judge(text.get(), scripts, violations, checked);
        }
        return new CheckResult(rule(), violations, checked, problems.all());
    }

    private void judge(SourceText text, ScriptLines scripts, List<Violation> violations, List<Evidence> checked) {
        int before = violations.size();
        int firstScriptLine = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (int line : scripts.lines()) {
            String raw = text.line(line);
            if (raw.isBlank()) {
                continue;
            }
            if (firstScriptLine == 0 && !raw.strip().startsWith("#") && !raw.strip().startsWith("//")) {
                firstScriptLine = line;
            }
            Evidence quoted = new Evidence(text.path(), line, Secrets.mask(raw));
            List<ClusterCommandScanner.Command> commands = scanner.scan(raw);
            Optional<ClusterCommandScanner.Command> changing = commands.stream()
                    .filter(ClusterCommandScanner.Command::changing).findFirst();
            if (changing.isPresent()) {
                String job = scripts.job(line);
                String subject = "cluster-command:" + text.path() + ":" + (job.isEmpty() ? "" : job + ":")
                        + quoted.text();
                int n = seen.merge(subject, 1, Integer::sum);
                violations.add(new Violation(quoted, Message.of("cnops.access.clusterChange", changing.get().text()),
                        n == 1 ? subject : subject + "#" + n, null));
            } else if (!commands.isEmpty() || scanner.gitOps(raw)) {
                checked.add(quoted);
            }
        }
        if (violations.size() == before && firstScriptLine > 0) {
            checked.add(new Evidence(text.path(), firstScriptLine, Secrets.mask(text.line(firstScriptLine))));
        }
    }

    /** The {@code run:} steps of a GitHub Actions workflow, with their job names. */
    private static ScriptLines githubScripts(List<Node> documents) {
        ScriptLines lines = new ScriptLines();
        for (Node document : documents) {
            SafeYaml.get(document, "jobs").ifPresent(jobs -> {
                for (NodeTuple job : SafeYaml.entries(jobs)) {
                    String name = SafeYaml.scalar(job.getKeyNode()).orElse("");
                    SafeYaml.get(job.getValueNode(), "steps").ifPresent(steps -> {
                        for (Node step : SafeYaml.items(steps)) {
                            SafeYaml.get(step, "run").ifPresent(run -> lines.add(run, name));
                        }
                    });
                }
            });
        }
        return lines;
    }
}
