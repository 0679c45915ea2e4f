package fr.cctlint.newonly;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import fr.cctlint.report.ToolVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Streams a SARIF log and collects the fingerprints of its cct-lint runs. Only the tool object of a run and one
 * result at a time are read as trees; everything else (artifacts, invocations, rule metadata of other tools) is
 * skipped token by token, so a log of tens of megabytes is read in about the time it takes to scan its bytes.
 */
final class BaselineReader {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .build());

    private static final int MAX_TOOLS = 5;
    private static final int MAX_TOOL_NAME = 60;

    private final Path path;
    private final String shown;
    private final Set<String> fingerprints = new HashSet<>();
    private final Set<String> otherTools = new TreeSet<>();
    private int runs;
    private int results;
    private int withoutFingerprint;
    private int otherRuns;

    BaselineReader(Path path) {
        this.path = path;
        this.shown = path.toString();
    }

    BaselineResult read() {
        if (!Files.exists(path)) {
            return problem(0, 0, "newonly.baseline.notFound");
        }
        if (Files.isDirectory(path)) {
            return problem(0, 0, "newonly.baseline.notFile");
        }
        try (InputStream in = Files.newInputStream(path); JsonParser parser = MAPPER.createParser(in)) {
            return parse(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            int column = at == null ? 0 : Math.max(0, at.getColumnNr());
            return problem(line, column, "newonly.baseline.invalidJson", String.valueOf(line), String.valueOf(column),
                    firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            return problem(0, 0, "newonly.baseline.unreadable", firstLine(String.valueOf(e.getMessage())));
        }
    }

    private BaselineResult parse(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return problem(0, 0, "newonly.baseline.empty");
        }
        int rootLine = line(parser);
        if (first != JsonToken.START_OBJECT) {
            return problem(rootLine, 0, "newonly.baseline.notObject", String.valueOf(rootLine));
        }
        boolean sawRuns = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("runs".equals(name)) {
                if (value != JsonToken.START_ARRAY) {
                    int at = line(parser);
                    return problem(at, 0, "newonly.baseline.noRuns", String.valueOf(at));
                }
                sawRuns = true;
                BaselineResult broken = readRuns(parser);
                if (broken != null) {
                    return broken;
                }
            } else {
                parser.skipChildren();
            }
        }
        if (!sawRuns) {
            return problem(rootLine, 0, "newonly.baseline.noRuns", String.valueOf(rootLine));
        }
        if (runs == 0) {
            String tools = otherTools.isEmpty() ? "-" : String.join(", ", otherTools.stream().limit(MAX_TOOLS).toList())
                    + (otherTools.size() > MAX_TOOLS ? ", …" : "");
            return problem(0, 0, "newonly.baseline.noCctLintRun", tools);
        }
        return BaselineResult.of(new Baseline(shown, fingerprints, runs, results, withoutFingerprint, otherRuns));
    }

    /** Reads the runs array; returns a problem when a run is not an object, else null. */
    private BaselineResult readRuns(JsonParser parser) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                int at = line(parser);
                return problem(at, 0, "newonly.baseline.runNotObject", String.valueOf(at));
            }
            readRun(parser);
        }
        return null;
    }

    private void readRun(JsonParser parser) throws IOException {
        String tool = null;
        Set<String> found = new HashSet<>();
        int runResults = 0;
        int runWithout = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("tool".equals(name) && value == JsonToken.START_OBJECT) {
                JsonNode driverName = parser.<JsonNode>readValueAsTree().path("driver").path("name");
                tool = driverName.isTextual() ? driverName.asText() : null;
            } else if ("results".equals(name) && value == JsonToken.START_ARRAY) {
                JsonToken item;
                while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (item != JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        continue;
                    }
                    JsonNode fingerprint = parser.<JsonNode>readValueAsTree().path("partialFingerprints")
                            .path(Baseline.FINGERPRINT);
                    runResults++;
                    if (fingerprint.isTextual() && !fingerprint.asText().isBlank()) {
                        found.add(fingerprint.asText());
                    } else {
                        runWithout++;
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        if (tool != null && ToolVersion.NAME.equalsIgnoreCase(tool.strip())) {
            runs++;
            results += runResults;
            withoutFingerprint += runWithout;
            fingerprints.addAll(found);
        } else {
            otherRuns++;
            otherTools.add(shownTool(tool));
        }
    }

    /** A tool name fit for a one-line message: control characters removed, length capped. */
    private static String shownTool(String tool) {
        String name = tool == null ? "" : tool.replaceAll("\\p{Cntrl}", " ").strip();
        if (name.isEmpty()) {
            return "?";
        }
        return name.length() > MAX_TOOL_NAME ? name.substring(0, MAX_TOOL_NAME) + "…" : name;
    }

    private static int line(JsonParser parser) {
        return Math.max(0, parser.currentTokenLocation().getLineNr());
    }

    private BaselineResult problem(int line, int column, String key, Object... details) {
        Object[] args = new Object[details.length + 1];
        args[0] = shown;
        System.arraycopy(details, 0, args, 1, details.length);
        return BaselineResult.failed(new Problem(shown, line, column, Message.of(key, args), true));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        String line = end < 0 ? stripped : stripped.substring(0, end).strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
