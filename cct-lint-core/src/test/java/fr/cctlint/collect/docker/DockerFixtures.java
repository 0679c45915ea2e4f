package fr.cctlint.collect.docker;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.Problem;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test helpers: fixture trees and a one-line-per-fact summary of a collection, easy to compare and to read. */
final class DockerFixtures {
    private static final List<String> SHOWN = List.of("cct:stage", "cct:user", "cct:userLine", "cct:exposedPorts",
            "cct:exposedPortLines", "cct:digest", "cct:platform", "cct:imageExpression", "cct:versionExpression",
            "cct:virtualGroup");

    private DockerFixtures() {
    }

    /** A fixture folder under {@code src/test/resources/collect/<kind>/}. */
    static SourceTree tree(String kind, String fixture) throws Exception {
        return PathSourceTree.open(resource("/collect/" + kind + "/" + fixture), fixture);
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(DockerFixtures.class.getResource(name).toURI());
    }

    /**
     * {@code L11 final-stage-image RUNTIME pkg:docker/library/eclipse-temurin@21-jre user=1001 ...} for each
     * component, then {@code P1 docker.fromWithoutImage} for each problem.
     */
    static List<String> summary(Collection collection) {
        List<String> lines = new ArrayList<>();
        for (Component c : collection.components()) {
            StringBuilder sb = new StringBuilder("L" + c.primaryEvidence().line() + " " + c.property(Roles.KEY) + " "
                    + c.scope() + " " + (c.purl() != null ? c.purl() : "name=" + c.name()));
            Map<String, String> props = new TreeMap<>(c.properties());
            for (String key : SHOWN) {
                if (props.containsKey(key)) {
                    sb.append(' ').append(key.substring(4)).append('=').append(props.get(key));
                }
            }
            lines.add(sb.toString());
        }
        for (Problem p : collection.problems()) {
            lines.add("P" + p.line() + " " + p.message().key());
        }
        return lines;
    }

    /** The English text of every problem, to check messages render with their arguments. */
    static List<String> problemTexts(Collection collection) {
        Messages en = Messages.english();
        return collection.problems().stream().map(p -> en.render(p.message())).toList();
    }
}
