package fr.cctlint.collect.dotnet;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cctlint.collect.JsonPositions;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A NuGet {@code packages.lock.json}: for each target framework, every package with its type ({@code Direct},
 * {@code Transitive}, {@code CentralTransitive}, {@code Project}), requested range, resolved version and the
 * packages it depends on.
 */
record PackagesLock(String path, List<Entry> entries) {

    /** One package of one target framework. */
    record Entry(String framework, String name, String type, String requested, String resolved, List<String> dependencies,
            Evidence evidence) {
        Entry {
            dependencies = List.copyOf(dependencies);
        }

        boolean isProject() {
            return "Project".equalsIgnoreCase(type);
        }

        boolean isDirect() {
            return "Direct".equalsIgnoreCase(type);
        }
    }

    /** Either the lock or the problem. */
    record Result(PackagesLock lock, Problem problem) {
    }

    PackagesLock {
        entries = List.copyOf(entries);
    }

    static Result parse(SourceText source) {
        JsonPositions.Result read = JsonPositions.read(source);
        if (read.problem() != null) {
            return new Result(null, read.problem());
        }
        JsonPositions json = read.json();
        JsonNode deps = json.root().path("dependencies");
        if (!json.root().isObject() || !deps.isObject()) {
            int line = json.line("/dependencies");
            return new Result(null, Problems.at(source.path(), line > 0 ? line : 1, 1, Message.of("dotnet.badLock")));
        }
        List<Entry> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fw = deps.fields(); fw.hasNext();) {
            Map.Entry<String, JsonNode> framework = fw.next();
            String fwPointer = "/dependencies/" + JsonPositions.segment(framework.getKey());
            if (!framework.getValue().isObject()) {
                return new Result(null, Problems.at(source.path(), json.line(fwPointer), 1, Message.of("dotnet.badLock")));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = framework.getValue().fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> pkg = it.next();
                JsonNode p = pkg.getValue();
                int line = json.line(fwPointer + "/" + JsonPositions.segment(pkg.getKey()));
                List<String> dependencies = new ArrayList<>();
                p.path("dependencies").fieldNames().forEachRemaining(dependencies::add);
                entries.add(new Entry(framework.getKey(), pkg.getKey(), text(p, "type"), text(p, "requested"),
                        text(p, "resolved"), dependencies, source.evidence(line)));
            }
        }
        return new Result(new PackagesLock(source.path(), entries), null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.asText().isBlank() ? v.asText().strip() : null;
    }
}
