package fr.cctlint.collect.php;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cctlint.collect.JsonPositions;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads composer.lock: {@code packages} (RUNTIME) and {@code packages-dev} (BUILD), each with the version
 * installed, and the PHP requirement of {@code platform} (used when there is no composer.json).
 */
final class ComposerLockParser {

    ComposerJsonParser.Result parse(SourceText source) {
        JsonPositions.Result read = JsonPositions.read(source);
        if (read.problem() != null) {
            return new ComposerJsonParser.Result(List.of(), read.problem());
        }
        JsonPositions json = read.json();
        JsonNode root = json.root();
        if (!root.isObject()) {
            return new ComposerJsonParser.Result(List.of(),
                    Problems.at(source.path(), 1, 1, Message.of("php.notAnObject")));
        }
        if (!root.path("packages").isArray()) {
            return new ComposerJsonParser.Result(List.of(),
                    Problems.at(source.path(), 1, 1, Message.of("php.noPackages")));
        }
        List<ComposerPackage> out = new ArrayList<>();
        section(source, json, "packages", Scope.RUNTIME, out);
        section(source, json, "packages-dev", Scope.BUILD, out);
        JsonNode php = root.path("platform").path("php");
        if (php.isTextual()) {
            String exact = ComposerVersions.exact(php.asText());
            out.add(new ComposerPackage("php", exact, exact == null ? php.asText().strip() : null, Scope.RUNTIME,
                    source.evidence(json.line("/platform/php"))));
        }
        return new ComposerJsonParser.Result(out, null);
    }

    private static void section(SourceText source, JsonPositions json, String section, Scope scope,
            List<ComposerPackage> out) {
        JsonNode list = json.root().path(section);
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String name = p.path("name").asText("").strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            String written = p.path("version").asText("").strip();
            String version = ComposerVersions.installed(written);
            String expression = version == null && !written.isEmpty()
                    ? written + (p.path("source").path("reference").isTextual()
                            ? "#" + p.path("source").path("reference").asText() : "")
                    : null;
            int line = json.line("/" + section + "/" + i + "/name");
            out.add(new ComposerPackage(name, version, expression, scope, source.evidence(line)));
        }
    }
}
