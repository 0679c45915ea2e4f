package fr.cctlint.collect.php;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cctlint.collect.JsonPositions;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads composer.json {@code require} (RUNTIME) and {@code require-dev} (BUILD). Platform packages are left out
 * ({@code ext-*}, {@code lib-*}, {@code composer-plugin-api}...: names without a vendor), except {@code php}
 * itself, the runtime the application needs.
 */
final class ComposerJsonParser {

    /** The declared packages, or the problem. */
    record Result(List<ComposerPackage> packages, Problem problem) {
    }

    Result parse(SourceText source) {
        JsonPositions.Result read = JsonPositions.read(source);
        if (read.problem() != null) {
            return new Result(List.of(), read.problem());
        }
        JsonPositions json = read.json();
        if (!json.root().isObject()) {
            return new Result(List.of(), Problems.at(source.path(), 1, 1, Message.of("php.notAnObject")));
        }
        List<ComposerPackage> out = new ArrayList<>();
        section(source, json, "require", Scope.RUNTIME, out);
        section(source, json, "require-dev", Scope.BUILD, out);
        return new Result(out, null);
    }

    private static void section(SourceText source, JsonPositions json, String section, Scope scope,
            List<ComposerPackage> out) {
        for (Map.Entry<String, JsonNode> e : json.root().path(section).properties()) {
            String name = e.getKey().strip().toLowerCase(Locale.ROOT);
            if (!name.equals("php") && !name.contains("/")) {
                continue; // ext-*, lib-*, composer-*-api, php-64bit...: platform features, not packages
            }
            String constraint = e.getValue().isTextual() ? e.getValue().asText().strip() : "";
            String exact = ComposerVersions.exact(constraint);
            int line = json.line("/" + JsonPositions.segment(section) + "/" + JsonPositions.segment(e.getKey()));
            out.add(new ComposerPackage(name, exact, exact == null ? constraint : null, scope, source.evidence(line)));
        }
    }
}
