package fr.cctlint.cloudnative.check.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceFiles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * OpenAPI / Swagger description files: named {@code openapi*} or {@code swagger*} ({@code .yml}, {@code .yaml},
 * {@code .json}), outside dependency and build folders, whose top level has an {@code openapi:} or
 * {@code swagger:} key, verified by parsing (YAML with SafeYaml, JSON with Jackson's streaming parser). The
 * evidence is the line of that key. A file so named that cannot be parsed is a problem; one that parses without
 * the key is not a description (a swagger-ui config...) and is left alone.
 */
final class DescriptionFiles {
    private final ApiKnowledge knowledge;

    DescriptionFiles(ApiKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The description files' evidence; problems are added to {@code problems}. */
    List<Evidence> find(SourceTree tree, List<String> paths, List<Problem> problems) {
        List<Evidence> found = new ArrayList<>();
        for (String path : paths) {
            if (candidate(path)) {
                SourceFiles.text(tree, path, problems).flatMap(text -> describe(text, problems)).ifPresent(found::add);
            }
        }
        return found;
    }

    boolean candidate(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String[] parts = lower.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (knowledge.skippedFolders().contains(parts[i])) {
                return false;
            }
        }
        String name = parts[parts.length - 1];
        return knowledge.fileNames().stream().anyMatch(name::startsWith)
                && (name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json"));
    }

    private Optional<Evidence> describe(SourceText text, List<Problem> problems) {
        return text.path().toLowerCase(Locale.ROOT).endsWith(".json") ? json(text, problems) : yaml(text, problems);
    }

    private Optional<Evidence> yaml(SourceText text, List<Problem> problems) {
        SafeYaml.Result result = SafeYaml.load(text);
        if (result.problem() != null) {
            problems.add(result.problem());
        }
        for (Node document : result.documents()) {
            for (NodeTuple t : SafeYaml.entries(document)) {
                if (t.getKeyNode() instanceof ScalarNode k && knowledge.fileKeys().contains(k.getValue())) {
                    return Optional.of(text.evidence(SafeYaml.line(k)));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Evidence> json(SourceText text, List<Problem> problems) {
        try (JsonParser parser = new JsonFactory().createParser(text.text())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            JsonToken token;
            while ((token = parser.nextToken()) != null && token != JsonToken.END_OBJECT) {
                if (token == JsonToken.FIELD_NAME && knowledge.fileKeys().contains(parser.currentName())) {
                    return Optional.of(text.evidence((int) parser.currentLocation().getLineNr()));
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                    ? p.getLocation().getLineNr() : 0;
            problems.add(Problems.at(text.path(), line, 0, Message.of("cnconfig.api.invalidJson",
                    e instanceof com.fasterxml.jackson.core.JsonProcessingException p2 ? p2.getOriginalMessage() : e.getMessage())));
            return Optional.empty();
        }
    }
}
