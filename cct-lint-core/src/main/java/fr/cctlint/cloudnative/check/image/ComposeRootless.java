package fr.cctlint.cloudnative.check.image;

import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import fr.cctlint.collect.compose.ComposeVariables;
import fr.cctlint.collect.compose.YamlMaps;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * EX32 on one compose file, service by service as written in it: {@code user:} root, {@code privileged: true},
 * and container ports below 1024 ({@code "8080:80"} listens on 80 inside; {@code "80:8080"} on 8080; the long
 * syntax's {@code target}; {@code expose:}). Values holding a variable without default are not judged; services
 * inherited through {@code extends} are judged in the file that writes them.
 */
public final class ComposeRootless {
    private ComposeRootless() {
    }

    /**
     * @param component the service's image component, or null (by service name)
     */
    public static void judge(SourceText source, BiFunction<String, String, Component> component, Results results) {
        SafeYaml.Result yaml = SafeYaml.load(source);
        if (yaml.documents().isEmpty()) {
            return; // a parse problem is the collector's to report
        }
        Node services = YamlMaps.get(yaml.documents().get(0), "services");
        for (Map.Entry<String, Node> entry : YamlMaps.entries(services).entrySet()) {
            if (entry.getKey().startsWith("x-") || !(entry.getValue() instanceof MappingNode)) {
                continue;
            }
            service(source, entry.getKey(), entry.getValue(), component.apply(source.path(), entry.getKey()), results);
        }
    }

    private static void service(SourceText source, String name, Node service, Component component, Results results) {
        String subject = source.path() + ":service/" + name;
        Node user = YamlMaps.get(service, "user");
        String userText = value(user);
        if (userText != null) {
            if (RootFacts.isRoot(userText)) {
                results.violation(new Violation(source.evidence(SafeYaml.line(user)),
                        Message.of("cncontainer.compose.rootUser", name, userText), subject + ":user", component));
            } else {
                results.passed(source.evidence(SafeYaml.line(user)));
            }
        }
        Node privileged = YamlMaps.get(service, "privileged");
        if (RootFacts.isTrue(value(privileged))) {
            results.violation(new Violation(source.evidence(SafeYaml.line(privileged)),
                    Message.of("cncontainer.compose.privileged", name), subject + ":privileged", component));
        }
        for (Node port : SafeYaml.items(YamlMaps.get(service, "ports"))) {
            String target = port instanceof ScalarNode ? target(value(port)) : value(YamlMaps.get(port, "target"));
            Node at = port instanceof ScalarNode ? port : YamlMaps.get(port, "target");
            port(source, name, target, at, subject, component, results);
        }
        for (Node port : SafeYaml.items(YamlMaps.get(service, "expose"))) {
            port(source, name, value(port), port, subject, component, results);
        }
    }

    private static void port(SourceText source, String name, String target, Node at, String subject,
            Component component, Results results) {
        OptionalInt number = target == null ? OptionalInt.empty() : RootFacts.port(target);
        if (number.isEmpty() || at == null) {
            return;
        }
        if (RootFacts.privileged(number.getAsInt())) {
            results.violation(new Violation(source.evidence(SafeYaml.line(at)),
                    Message.of("cncontainer.compose.lowPort", name, Integer.toString(number.getAsInt())),
                    subject + ":port:" + number.getAsInt(), component));
        } else {
            results.passed(source.evidence(SafeYaml.line(at)));
        }
    }

    /** The container side of {@code [ip:][published:]target[/protocol]}. */
    static String target(String shortSyntax) {
        if (shortSyntax == null) {
            return null;
        }
        String text = shortSyntax.strip();
        int colon = text.lastIndexOf(':');
        return colon < 0 ? text : text.substring(colon + 1);
    }

    /** A scalar after {@code ${VAR:-default}} interpolation; null when absent, not a scalar, or unresolved. */
    private static String value(Node node) {
        if (!(node instanceof ScalarNode s)) {
            return null;
        }
        ComposeVariables.Result result = ComposeVariables.none().interpolate(s.getValue());
        return result.resolved() && !RootFacts.unresolved(result.text()) ? result.text() : null;
    }
}
