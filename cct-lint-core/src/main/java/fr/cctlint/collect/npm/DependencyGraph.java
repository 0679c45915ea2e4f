package fr.cctlint.collect.npm;

import fr.cctlint.model.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scopes of lockfiles that do not write dev flags (yarn, pnpm 9): a package reached from the manifests'
 * dependencies through required edges is RUNTIME, one reached only through optional dependencies is OPTIONAL,
 * and anything else (reached only from devDependencies, or from nothing) is BUILD. Nodes are any string key.
 */
final class DependencyGraph {
    private final Map<String, List<String>> required = new HashMap<>();
    private final Map<String, List<String>> optional = new HashMap<>();
    private final List<String> runtimeRoots = new ArrayList<>();
    private final List<String> optionalRoots = new ArrayList<>();

    void edge(String from, String to, boolean isOptional) {
        (isOptional ? optional : required).computeIfAbsent(from, k -> new ArrayList<>()).add(to);
    }

    void root(String node, Scope scope) {
        if (scope == Scope.RUNTIME) {
            runtimeRoots.add(node);
        } else if (scope == Scope.OPTIONAL) {
            optionalRoots.add(node);
        }
    }

    /** The scope of every node reached from a runtime or optional root; absent nodes are BUILD. */
    Map<String, Scope> scopes() {
        Set<String> runtime = reach(runtimeRoots, false);
        List<String> starts = new ArrayList<>(runtime);
        starts.addAll(optionalRoots);
        Set<String> withOptional = reach(starts, true);
        Map<String, Scope> scopes = new HashMap<>();
        withOptional.forEach(n -> scopes.put(n, Scope.OPTIONAL));
        runtime.forEach(n -> scopes.put(n, Scope.RUNTIME));
        return scopes;
    }

    private Set<String> reach(List<String> starts, boolean followOptional) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String s : starts) {
            if (seen.add(s)) {
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            String node = queue.poll();
            next(required, node, seen, queue);
            if (followOptional) {
                next(optional, node, seen, queue);
            }
        }
        return seen;
    }

    private static void next(Map<String, List<String>> edges, String node, Set<String> seen, Deque<String> queue) {
        for (String to : edges.getOrDefault(node, List.of())) {
            if (seen.add(to)) {
                queue.add(to);
            }
        }
    }
}
