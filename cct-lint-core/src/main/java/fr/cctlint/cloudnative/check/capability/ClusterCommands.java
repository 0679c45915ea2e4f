package fr.cctlint.cloudnative.check.capability;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cluster command lines CN014 looks for in CI scripts: a tool, its global flags, a verb.
 *
 * @param tools               command names ({@code kubectl}, {@code oc}, {@code helm})
 * @param valueFlags          flags whose value is the next word when written without {@code =}
 * @param changing            per tool, the verbs that change the cluster
 * @param readOnlySubcommands per verb, second words that make it read-only ({@code rollout status})
 * @param dryRunFlags         flags that make any command read-only ({@code --dry-run}, with or without a value)
 * @param gitOps              command prefixes of GitOps tools ({@code argocd app sync})
 */
public record ClusterCommands(List<String> tools, Set<String> valueFlags, Map<String, Set<String>> changing,
        Map<String, Set<String>> readOnlySubcommands, List<String> dryRunFlags, List<String> gitOps) {
    public ClusterCommands {
        tools = List.copyOf(tools);
        valueFlags = Set.copyOf(valueFlags);
        changing = Map.copyOf(changing);
        readOnlySubcommands = Map.copyOf(readOnlySubcommands);
        dryRunFlags = List.copyOf(dryRunFlags);
        gitOps = List.copyOf(gitOps);
    }
}
