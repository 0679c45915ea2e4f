package fr.cctlint.collect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON manifest (package.json, package-lock.json, composer.lock, Pipfile.lock, packages.lock.json) read
 * twice: once as a Jackson tree for its content, once as a stream to note the line of every value by its
 * JSON Pointer ({@code /packages/node_modules~1react}), since Jackson trees keep no positions.
 */
public final class JsonPositions {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS) // tsconfig-style comments are common in hand-written files
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final JsonNode root;
    private final Map<String, Integer> lines;

    private JsonPositions(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** The tree and positions, or the parse problem with its line and column. */
    public static Result read(SourceText source) {
        try {
            JsonNode root = MAPPER.readTree(source.text());
            if (root == null || root.isMissingNode()) {
                return new Result(null, Problems.at(source.path(), 1, 1, Message.of("collect.invalidJson", "empty document")));
            }
            return new Result(new JsonPositions(root, index(source.text())), null);
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            return new Result(null, Problems.at(source.path(), line, column,
                    Message.of("collect.invalidJson", e.getOriginalMessage())));
        } catch (IOException e) {
            return new Result(null, Problems.unreadable(source.path(), e));
        }
    }

    /** Either the positions or the problem. */
    public record Result(JsonPositions json, Problem problem) {
    }

    public JsonNode root() {
        return root;
    }

    /** The line where the value at a JSON Pointer starts (its key's line for object members), or 0. */
    public int line(String pointer) {
        return lines.getOrDefault(pointer, 0);
    }

    /** Escapes one pointer segment ({@code ~} and {@code /}). */
    public static String segment(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static Map<String, Integer> index(String text) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != null) {
                value(p, "", lines);
            }
        }
        return lines;
    }

    /** Notes the line of the value starting at the current token and of everything inside it. */
    private static void value(JsonParser p, String pointer, Map<String, Integer> lines) throws IOException {
        lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
        if (p.currentToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String member = pointer + "/" + segment(p.currentName());
                lines.put(member, p.currentTokenLocation().getLineNr());
                p.nextToken();
                value(p, member, lines);
            }
        } else if (p.currentToken() == JsonToken.START_ARRAY) {
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                value(p, pointer + "/" + index++, lines);
            }
        }
    }
}
