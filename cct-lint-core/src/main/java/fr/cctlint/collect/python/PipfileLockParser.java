package fr.cctlint.collect.python;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cctlint.collect.JsonPositions;
import fr.cctlint.collect.SourceText;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Pipfile.lock} (JSON): {@code default} packages are RUNTIME, {@code develop} ones TEST; versions are
 * written {@code ==1.2.3}; {@code _meta.requires.python_version} (or {@code python_full_version}) names the
 * interpreter.
 */
final class PipfileLockParser {

    List<PyDep> parse(SourceText source, JsonPositions json) {
        List<PyDep> deps = new ArrayList<>();
        JsonNode root = json.root();
        JsonNode requires = root.path("_meta").path("requires");
        for (String key : List.of("python_full_version", "python_version")) {
            if (requires.path(key).isTextual()) {
                int line = json.line("/_meta/requires/" + key);
                deps.add(new PyDep("python", requires.path(key).asText(), Scope.RUNTIME, source.evidence(line),
                        Map.of(), true, true));
                break;
            }
        }
        section(source, json, "default", Scope.RUNTIME, deps);
        section(source, json, "develop", Scope.TEST, deps);
        return deps;
    }

    private static void section(SourceText source, JsonPositions json, String section, Scope scope, List<PyDep> deps) {
        for (Iterator<Map.Entry<String, JsonNode>> it = json.root().path(section).fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            int line = json.line("/" + section + "/" + JsonPositions.segment(entry.getKey()));
            Map<String, String> props = new LinkedHashMap<>();
            String version = Pep508.exactVersion(value.path("version").asText(""));
            for (String kind : List.of("git", "hg", "svn", "file", "path")) {
                if (value.path(kind).isTextual()) {
                    props.put(PythonProperties.SOURCE, kind.equals("file") ? "url" : kind.equals("path") ? "path" : "vcs");
                    props.put(PythonProperties.SOURCE_URL, RequirementsParser.sanitize(value.path(kind).asText()));
                    if (value.path("ref").isTextual() && version == null) {
                        props.put(PythonProperties.VERSION_EXPRESSION, value.path("ref").asText());
                    }
                }
            }
            if ("path".equals(props.get(PythonProperties.SOURCE))) {
                continue; // a local folder: the project's own code
            }
            if (value.path("markers").isTextual()) {
                props.put(PythonProperties.MARKER, value.path("markers").asText());
            }
            deps.add(new PyDep(entry.getKey(), version, scope, source.evidence(line), props, false, true));
        }
    }
}
