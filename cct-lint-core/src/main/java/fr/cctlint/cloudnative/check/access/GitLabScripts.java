package fr.cctlint.cloudnative.check.access;

import fr.cctlint.collect.SafeYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The scripts of a GitLab CI file ({@code script}, {@code before_script}, {@code after_script} of every job, hidden
 * templates and {@code default:} included, and the top-level ones) and its local includes: {@code include: path},
 * {@code include: [{local: path}]}, with {@code *} globs, resolved against the tree. Remote, project, template and
 * component includes are not in the tree and are not read.
 */
final class GitLabScripts {
    private static final Set<String> SCRIPT_KEYS = Set.of("script", "before_script", "after_script");

    private GitLabScripts() {
    }

    static ScriptLines scripts(List<Node> documents) {
        ScriptLines lines = new ScriptLines();
        for (Node document : documents) {
            if (!(document instanceof MappingNode)) {
                continue;
            }
            scriptsOf(document, "", lines);
            for (NodeTuple tuple : SafeYaml.entries(document)) {
                String job = SafeYaml.scalar(tuple.getKeyNode()).orElse("");
                if (tuple.getValueNode() instanceof MappingNode) {
                    scriptsOf(tuple.getValueNode(), job, lines);
                }
            }
        }
        return lines;
    }

    private static void scriptsOf(Node job, String name, ScriptLines lines) {
        for (NodeTuple tuple : SafeYaml.entries(job)) {
            if (SafeYaml.scalar(tuple.getKeyNode()).filter(SCRIPT_KEYS::contains).isPresent()) {
                lines.add(tuple.getValueNode(), name);
            }
        }
    }

    /** The tree paths a file includes locally. */
    static List<String> includes(List<Node> documents, List<String> treePaths) {
        List<String> found = new ArrayList<>();
        for (Node document : documents) {
            Optional<Node> include = SafeYaml.get(document, "include");
            if (include.isEmpty()) {
                continue;
            }
            List<Node> items = include.get() instanceof ScalarNode ? List.of(include.get()) : SafeYaml.items(include.get());
            for (Node item : items) {
                Optional<String> local = item instanceof ScalarNode s ? Optional.of(s.getValue())
                        : SafeYaml.string(item, "local");
                local.filter(GitLabScripts::isLocal).ifPresent(path -> found.addAll(resolve(path, treePaths)));
            }
        }
        return found;
    }

    private static boolean isLocal(String path) {
        return !path.contains("://") && !path.contains("$");
    }

    private static List<String> resolve(String written, List<String> treePaths) {
        String path = written.strip();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (!path.contains("*")) {
            return treePaths.contains(path) ? List.of(path) : List.of();
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '*') {
                literal.append(c);
                continue;
            }
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
            boolean twice = i + 1 < path.length() && path.charAt(i + 1) == '*';
            regex.append(twice ? ".*" : "[^/]*");
            i += twice ? 1 : 0;
        }
        regex.append(Pattern.quote(literal.toString()));
        Pattern glob = Pattern.compile(regex.toString());
        return treePaths.stream().filter(p -> glob.matcher(p).matches()).toList();
    }
}
