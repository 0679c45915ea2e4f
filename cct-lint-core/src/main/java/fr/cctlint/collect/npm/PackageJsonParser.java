package fr.cctlint.collect.npm;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cctlint.collect.JsonPositions;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a package.json: its dependency sections, {@code engines.node} and {@code workspaces}. */
final class PackageJsonParser {

    /** Either the manifest or the problem. */
    record Result(PackageJson manifest, Problem problem) {
    }

    Result parse(SourceText source) {
        JsonPositions.Result read = JsonPositions.read(source);
        if (read.problem() != null) {
            return new Result(null, read.problem());
        }
        JsonPositions json = read.json();
        JsonNode root = json.root();
        if (!root.isObject()) {
            return new Result(null, Problems.at(source.path(), json.line(""), 1, Message.of("npm.notAnObject")));
        }
        List<PackageJson.Declared> declared = new ArrayList<>();
        section(source, json, "dependencies", Scope.RUNTIME, declared);
        section(source, json, "optionalDependencies", Scope.OPTIONAL, declared);
        section(source, json, "peerDependencies", Scope.RUNTIME, declared);
        section(source, json, "devDependencies", Scope.BUILD, declared);
        JsonNode node = root.path("engines").path("node");
        PackageJson.Declared engine = node.isTextual()
                ? new PackageJson.Declared("node", node.asText(), Scope.RUNTIME,
                        source.evidence(json.line("/engines/node")))
                : null;
        return new Result(new PackageJson(source.path(), declared, engine, workspaces(root.path("workspaces"))), null);
    }

    private static void section(SourceText source, JsonPositions json, String section, Scope scope,
            List<PackageJson.Declared> out) {
        JsonNode deps = json.root().path(section);
        if (!deps.isObject()) {
            return;
        }
        JsonNode peerMeta = json.root().path("peerDependenciesMeta");
        for (Map.Entry<String, JsonNode> e : deps.properties()) {
            if (e.getKey().isBlank()) {
                continue;
            }
            Scope s = scope;
            if (section.equals("peerDependencies") && peerMeta.path(e.getKey()).path("optional").asBoolean(false)) {
                s = Scope.OPTIONAL;
            }
            int line = json.line("/" + section + "/" + JsonPositions.segment(e.getKey()));
            out.add(new PackageJson.Declared(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : "", s,
                    source.evidence(line)));
        }
    }

    /** {@code "workspaces": ["a/*"]} (npm, yarn) or {@code {"packages": ["a/*"]}} (yarn classic). */
    private static List<String> workspaces(JsonNode node) {
        JsonNode list = node.isObject() ? node.path("packages") : node;
        List<String> globs = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(g -> {
                if (g.isTextual() && !g.asText().isBlank()) {
                    globs.add(g.asText().strip());
                }
            });
        }
        return globs;
    }
}
