package fr.cctlint.collect.npm;

import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the entries of a yarn classic lockfile ({@code # yarn lockfile v1}). Its format is yarn's own (not
 * YAML, not JSON, and no Java library reads it): headers at column 0 listing descriptors and ending with
 * {@code :}, then indented {@code key "value"} fields, and indented {@code dependencies:} blocks.
 */
final class YarnClassicReader {

    /** The entries read, or the problem at the first line that does not fit the format. */
    record Result(List<YarnEntry> entries, Problem problem) {
    }

    Result read(SourceText source) {
        List<YarnEntry> entries = new ArrayList<>();
        Builder current = null;
        Map<String, String> block = null;
        int lines = source.lineCount();
        for (int n = 1; n <= lines; n++) {
            String raw = source.line(n);
            String trimmed = raw.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int indent = indent(raw);
            if (indent == 0) {
                if (!trimmed.endsWith(":")) {
                    return failed(source, n, raw);
                }
                if (current != null) {
                    entries.add(current.build());
                }
                current = new Builder(trimmed.substring(0, trimmed.length() - 1), n);
                block = null;
                continue;
            }
            if (current == null) {
                return failed(source, n, raw);
            }
            if (trimmed.endsWith(":") && !trimmed.contains(" ")) {
                String name = unquote(trimmed.substring(0, trimmed.length() - 1));
                block = name.equals("optionalDependencies") ? current.optional
                        : name.equals("dependencies") ? current.dependencies : new LinkedHashMap<>();
                continue;
            }
            String[] kv = keyValue(trimmed);
            if (kv == null) {
                return failed(source, n, raw);
            }
            if (block != null && indent > 2) {
                block.put(kv[0], kv[1]);
            } else {
                block = null;
                if (kv[0].equals("version")) {
                    current.version = kv[1];
                } else if (kv[0].equals("resolved")) {
                    current.resolved = kv[1];
                }
            }
        }
        if (current != null) {
            entries.add(current.build());
        }
        return new Result(entries, null);
    }

    private static Result failed(SourceText source, int line, String text) {
        return new Result(List.of(), Problems.at(source.path(), line, indent(text) + 1,
                Message.of("npm.yarnSyntax", text.strip())));
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** {@code key "value"}, {@code "key" value}: two tokens, quotes removed; null when it is not that. */
    private static String[] keyValue(String text) {
        String key;
        String rest;
        if (text.startsWith("\"")) {
            int end = text.indexOf('"', 1);
            if (end < 0) {
                return null;
            }
            key = text.substring(1, end);
            rest = text.substring(end + 1);
        } else {
            int space = text.indexOf(' ');
            if (space < 0) {
                return null;
            }
            key = text.substring(0, space);
            rest = text.substring(space);
        }
        if (rest.isEmpty() || !Character.isWhitespace(rest.charAt(0))) {
            return null;
        }
        return new String[] {key, unquote(rest.strip())};
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** Splits a header into descriptors: {@code "a@^1", a@~1.2} -> a@^1, a@~1.2. */
    static List<String> descriptors(String header) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                add(out, sb);
            } else {
                sb.append(c);
            }
        }
        add(out, sb);
        return out;
    }

    private static void add(List<String> out, StringBuilder sb) {
        String d = sb.toString().strip();
        if (!d.isEmpty()) {
            out.add(d);
        }
        sb.setLength(0);
    }

    private static final class Builder {
        final String header;
        final int line;
        final Map<String, String> dependencies = new LinkedHashMap<>();
        final Map<String, String> optional = new LinkedHashMap<>();
        String version;
        String resolved;

        Builder(String header, int line) {
            this.header = header;
            this.line = line;
        }

        YarnEntry build() {
            return new YarnEntry(header, descriptors(header), version, resolved, dependencies, optional, false, line);
        }
    }
}
