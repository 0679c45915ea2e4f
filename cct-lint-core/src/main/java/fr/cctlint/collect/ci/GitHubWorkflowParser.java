package fr.cctlint.collect.ci;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A GitHub Actions workflow: each job's {@code container} (a string or {@code {image: ...}}), its
 * {@code services.<name>.image}, and {@code uses: docker://image} steps. Expressions
 * (<code>${{ matrix.image }}</code>) are not evaluated: such an image is kept with its expression.
 */
final class GitHubWorkflowParser {
    private static final String DOCKER_ACTION = "docker://";

    private final CiImages images;

    private GitHubWorkflowParser(SourceText source) {
        this.images = new CiImages(source);
    }

    static Collection parse(SourceText source) {
        GitHubWorkflowParser parser = new GitHubWorkflowParser(source);
        SafeYaml.Result yaml = SafeYaml.load(source);
        if (yaml.problem() != null) {
            parser.images.problem(yaml.problem());
        }
        for (Node document : yaml.documents()) {
            if (!(document instanceof MappingNode)) {
                parser.images.problem(SafeYaml.line(document), Message.of("ci.notMapping"));
                continue;
            }
            SafeYaml.get(document, "jobs").ifPresent(parser::jobs);
        }
        return parser.images.build();
    }

    private void jobs(Node jobs) {
        for (NodeTuple tuple : SafeYaml.entries(jobs)) {
            String job = SafeYaml.scalar(tuple.getKeyNode()).orElse("");
            Node body = tuple.getValueNode();
            SafeYaml.get(body, "container").ifPresent(c -> image(c, job, null));
            SafeYaml.get(body, "services").ifPresent(services -> {
                for (NodeTuple service : SafeYaml.entries(services)) {
                    image(service.getValueNode(), job, SafeYaml.scalar(service.getKeyNode()).orElse(""));
                }
            });
            SafeYaml.get(body, "steps").ifPresent(steps -> {
                for (Node step : SafeYaml.items(steps)) {
                    SafeYaml.get(step, "uses").ifPresent(uses -> {
                        if (uses instanceof ScalarNode s && s.getValue().strip().startsWith(DOCKER_ACTION)) {
                            String written = s.getValue().strip().substring(DOCKER_ACTION.length());
                            add(s, written, job, null);
                        }
                    });
                }
            });
        }
    }

    private void image(Node node, String job, String service) {
        Optional<Node> imageNode = node instanceof MappingNode ? SafeYaml.get(node, "image") : Optional.of(node);
        if (imageNode.isEmpty()) {
            if (service != null) {
                images.problem(SafeYaml.line(node), Message.of("ci.imageWithoutName"));
            }
            return;
        }
        if (imageNode.get() instanceof ScalarNode s) {
            add(s, s.getValue(), job, service);
        }
    }

    private void add(ScalarNode at, String written, String job, String service) {
        boolean resolved = !written.contains("${{");
        images.add(at, written, written, resolved, job, service);
    }
}
