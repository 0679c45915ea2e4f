package fr.cctlint.collect.python;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code poetry.lock}: every {@code [[package]]} with its exact version. Scope from {@code category} (Poetry before
 * 1.5: main/dev) or {@code groups} (Poetry 2: main plus named groups); a lock saying neither is RUNTIME, since
 * Poetry 1.5 to 1.8 stopped writing it and the safe reading is that the application needs it.
 */
final class PoetryLockParser {

    List<PyDep> parse(TomlText toml) {
        List<PyDep> deps = new ArrayList<>();
        int from = 1;
        for (JsonNode pkg : toml.root().path("package")) {
            String name = pkg.path("name").asText("");
            if (name.isEmpty()) {
                continue;
            }
            String version = pkg.path("version").asText(null);
            int line = toml.keyValueLine("name", name, from);
            if (line > 0) {
                from = line + 1;
            }
            Map<String, String> props = new LinkedHashMap<>();
            JsonNode source = pkg.path("source");
            String type = source.path("type").asText("");
            if (type.equals("directory")) {
                continue; // a local folder: the project's own code
            }
            if (!type.isEmpty() && !type.equals("legacy")) { // legacy = a private index: still a published package
                props.put(PythonProperties.SOURCE, type.equals("git") ? "vcs" : type);
                props.put(PythonProperties.SOURCE_URL, RequirementsParser.sanitize(source.path("url").asText("")));
            }
            deps.add(new PyDep(name, version, scope(pkg, props), toml.source().evidence(line), props, false, true));
        }
        return deps;
    }

    private static Scope scope(JsonNode pkg, Map<String, String> props) {
        List<String> groups = new ArrayList<>();
        pkg.path("groups").forEach(g -> groups.add(g.asText()));
        String category = pkg.path("category").asText("");
        boolean optional = pkg.path("optional").asBoolean(false);
        if (!groups.isEmpty()) {
            props.put(PythonProperties.GROUP, String.join(",", groups));
        }
        if (groups.contains("main") || category.equals("main") || groups.isEmpty() && category.isEmpty()) {
            return optional ? Scope.OPTIONAL : Scope.RUNTIME;
        }
        if (category.equals("dev")) {
            return Scope.TEST;
        }
        return groups.stream().allMatch(g -> PyprojectParser.groupScope(g) == Scope.BUILD) ? Scope.BUILD : Scope.TEST;
    }
}
