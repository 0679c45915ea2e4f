package fr.cctlint.collect;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * YAML manifests (compose, Kubernetes, Helm, CI, pnpm and yarn berry lockfiles) read as SnakeYAML node trees,
 * which keep every value's line. Loading is safe: no types are ever constructed, aliases are bounded (YAML
 * anchors are legitimate in compose files, alias bombs are not), documents are size-limited, duplicate keys are
 * errors. Helm templates ({@code {{ ... }}}) are not YAML: read them as text.
 */
public final class SafeYaml {
    /** Aliases allowed per document: compose files use a few; a "billion laughs" needs many. */
    static final int MAX_ALIASES = 100;
    static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

    private SafeYaml() {
    }

    /** Every document of the text, or the problem that stopped the reading (with its line). */
    public static Result load(SourceText source) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(100);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        List<Node> documents = new ArrayList<>();
        try {
            for (Node node : yaml.composeAll(new StringReader(source.text()))) {
                if (node != null) {
                    documents.add(node);
                }
            }
            return new Result(documents, null);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            String detail = e.getProblem() != null ? e.getProblem() : e.getMessage();
            return new Result(documents, Problems.at(source.path(), line, column, Message.of("collect.invalidYaml", detail)));
        } catch (YAMLException | IllegalStateException e) {
            return new Result(documents, Problems.at(source.path(), 0, 0, Message.of("collect.invalidYaml", e.getMessage())));
        }
    }

    /** The documents read (possibly some before a problem) and the problem, if any. */
    public record Result(List<Node> documents, Problem problem) {
        public Result {
            documents = List.copyOf(documents);
        }
    }

    /** The 1-based line of a node. */
    public static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** The value node of a key in a mapping node; empty when the node is not a mapping or has no such key. */
    public static Optional<Node> get(Node mapping, String key) {
        if (mapping instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
                    return Optional.of(tuple.getValueNode());
                }
            }
        }
        return Optional.empty();
    }

    /** A scalar's text; empty for anything else. */
    public static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
    }

    /** A key's scalar value in a mapping. */
    public static Optional<String> string(Node mapping, String key) {
        return get(mapping, key).flatMap(SafeYaml::scalar);
    }

    /** The items of a sequence node; empty for anything else. */
    public static List<Node> items(Node node) {
        return node instanceof SequenceNode seq ? seq.getValue() : List.of();
    }

    /** The key/value pairs of a mapping node; empty for anything else. */
    public static List<NodeTuple> entries(Node node) {
        return node instanceof MappingNode map ? map.getValue() : List.of();
    }
}
