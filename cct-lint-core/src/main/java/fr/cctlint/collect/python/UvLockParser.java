package fr.cctlint.collect.python;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cctlint.model.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code uv.lock} (TOML): every {@code [[package]]} with its exact version, except the project's own packages
 * (source {@code editable}, {@code virtual} or {@code directory}). uv writes no scope per package, so the scope
 * is found by walking the dependency graph from the project's packages: what their {@code dependencies} reach is
 * RUNTIME, then what their {@code optional-dependencies} reach is OPTIONAL, then what their
 * {@code dev-dependencies} reach is TEST. A package reached by nothing (an odd lock) is RUNTIME.
 */
final class UvLockParser {

    List<PyDep> parse(TomlText toml) {
        List<JsonNode> packages = new ArrayList<>();
        toml.root().path("package").forEach(packages::add);
        Map<String, List<JsonNode>> byName = new HashMap<>();
        List<JsonNode> roots = new ArrayList<>();
        for (JsonNode pkg : packages) {
            byName.computeIfAbsent(Pep508.normalize(pkg.path("name").asText("")), k -> new ArrayList<>()).add(pkg);
            if (isProjectOwn(pkg)) {
                roots.add(pkg);
            }
        }
        Map<JsonNode, Scope> scopes = new java.util.IdentityHashMap<>();
        walk(roots, "dependencies", Scope.RUNTIME, byName, scopes);
        walk(roots, "optional-dependencies", Scope.OPTIONAL, byName, scopes);
        walk(roots, "dev-dependencies", Scope.TEST, byName, scopes);

        List<PyDep> deps = new ArrayList<>();
        int from = 1;
        for (JsonNode pkg : packages) {
            String name = pkg.path("name").asText("");
            int line = toml.keyValueLine("name", name, from);
            if (line > 0) {
                from = line + 1;
            }
            if (name.isEmpty() || isProjectOwn(pkg)) {
                continue;
            }
            Map<String, String> props = new LinkedHashMap<>();
            JsonNode source = pkg.path("source");
            for (String kind : List.of("git", "url", "path")) {
                if (source.path(kind).isTextual()) {
                    props.put(PythonProperties.SOURCE, kind.equals("git") ? "vcs" : kind);
                    props.put(PythonProperties.SOURCE_URL, RequirementsParser.sanitize(source.path(kind).asText()));
                }
            }
            deps.add(new PyDep(name, pkg.path("version").asText(null), scopes.getOrDefault(pkg, Scope.RUNTIME),
                    toml.source().evidence(line), props, false, true));
        }
        return deps;
    }

    private static boolean isProjectOwn(JsonNode pkg) {
        JsonNode source = pkg.path("source");
        return source.has("editable") || source.has("virtual") || source.has("directory");
    }

    /** Marks what the roots' {@code key} reach (transitively through plain dependencies), keeping earlier scopes. */
    private static void walk(List<JsonNode> roots, String key, Scope scope, Map<String, List<JsonNode>> byName,
            Map<JsonNode, Scope> scopes) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        for (JsonNode root : roots) {
            JsonNode edges = root.path(key);
            if (edges.isArray()) {
                edges.forEach(queue::add);
            } else {
                edges.forEach(group -> group.forEach(queue::add)); // {extra or group name = [edges]}
            }
        }
        while (!queue.isEmpty()) {
            JsonNode edge = queue.poll();
            for (JsonNode target : byName.getOrDefault(Pep508.normalize(edge.path("name").asText("")), List.of())) {
                if (isProjectOwn(target) || scopes.containsKey(target)) {
                    continue;
                }
                scopes.put(target, scope);
                target.path("dependencies").forEach(queue::add);
                // extras asked for on the edge bring the target's optional dependencies for them
                edge.path("extra").forEach(extra -> target.path("optional-dependencies").path(extra.asText()).forEach(queue::add));
            }
        }
    }
}
