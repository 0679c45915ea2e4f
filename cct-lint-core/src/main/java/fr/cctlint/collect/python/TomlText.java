package fr.cctlint.collect.python;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.util.regex.Pattern;

/**
 * A TOML manifest (pyproject.toml, poetry.lock, uv.lock, Gradle version catalogs) parsed by Jackson's TOML module,
 * with its raw text kept to find the lines of entries: the TOML parser keeps no positions, so lines are found by
 * searching the text for the table header, then the key or the quoted value (an approximation: the first match
 * after the header). Public so that the Gradle collector can read version catalogs with it.
 */
public final class TomlText {
    private static final TomlMapper MAPPER = new TomlMapper();

    private final SourceText source;
    private final JsonNode root;

    private TomlText(SourceText source, JsonNode root) {
        this.source = source;
        this.root = root;
    }

    /** The parsed document, or the problem with the parser's line and column. */
    public static Result read(SourceText source) {
        try {
            JsonNode root = MAPPER.readTree(source.text());
            return new Result(new TomlText(source, root == null ? MAPPER.createObjectNode() : root), null);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            if (column == 1 && line > 1 && !source.line(line - 1).isBlank()) {
                // the parser stands after the line break that ended the bad line: point at that line
                line--;
                column = 0;
            }
            return new Result(null, Problems.at(source.path(), line, column,
                    Message.of("collect.invalidToml", e.getOriginalMessage())));
        } catch (RuntimeException e) { // the parser never should, but a hostile file must not stop the scan
            return new Result(null, Problems.at(source.path(), 0, 0, Message.of("collect.invalidToml", String.valueOf(e))));
        }
    }

    /** Either the document or the problem. */
    public record Result(TomlText toml, Problem problem) {
    }

    public JsonNode root() {
        return root;
    }

    public SourceText source() {
        return source;
    }

    /** The line of the first {@code [a.b]} or {@code [[a.b]]} header naming that table (spaces and quotes allowed), or 0. */
    public int tableLine(String dottedName) {
        StringBuilder re = new StringBuilder("^\\s*\\[\\[?\\s*");
        String[] parts = dottedName.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                re.append("\\s*\\.\\s*");
            }
            re.append(quotedOrBare(parts[i]));
        }
        re.append("\\s*\\]");
        return firstLineMatching(Pattern.compile(re.toString()), 1, false);
    }

    /**
     * The line where {@code key =} (bare or quoted key, or a dotted key starting with it) starts a line, searching
     * from {@code fromLine} to the next table header; 0 when not found.
     */
    public int keyLine(String key, int fromLine) {
        Pattern p = Pattern.compile("^\\s*" + quotedOrBare(key) + "\\s*[=.]");
        return firstLineMatching(p, Math.max(1, fromLine), true);
    }

    /** The first line (from {@code fromLine}) that starts with {@code key = "value"}, or 0. For {@code [[package]]} lists. */
    public int keyValueLine(String key, String value, int fromLine) {
        Pattern p = Pattern.compile("^\\s*" + quotedOrBare(key) + "\\s*=\\s*[\"']" + Pattern.quote(value) + "[\"']");
        return firstLineMatching(p, Math.max(1, fromLine), false);
    }

    /** The first line (from {@code fromLine}) holding {@code value} as a quoted string, or 0. For array items. */
    public int quotedLine(String value, int fromLine) {
        int line = source.findLine("\"" + value + "\"", fromLine);
        return line > 0 ? line : source.findLine("'" + value + "'", fromLine);
    }

    private int firstLineMatching(Pattern pattern, int fromLine, boolean stopAtHeader) {
        for (int line = fromLine; line <= source.lineCount(); line++) {
            String text = source.line(line);
            if (pattern.matcher(text).find()) {
                return line;
            }
            if (stopAtHeader && line > fromLine && text.stripLeading().startsWith("[")
                    && HEADER.matcher(text).find()) {
                return 0;
            }
        }
        return 0;
    }

    private static final Pattern HEADER = Pattern.compile("^\\s*\\[\\[?\\s*[\\w\"'.-]");

    private static String quotedOrBare(String key) {
        String q = Pattern.quote(key);
        return "(?:" + q + "|\"" + q + "\"|'" + q + "')";
    }
}
