package fr.cctlint.collect.compose;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A compose {@code .env} file: {@code KEY=VALUE} lines, {@code #} comments, an optional {@code export} prefix,
 * single-quoted (literal) or double-quoted values, and inline {@code  #} comments after unquoted values.
 * Values are used only to resolve image names and other facts; they are never reported.
 */
public final class DotEnv {
    private DotEnv() {
    }

    public static Map<String, String> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            if (!key.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                continue;
            }
            values.put(key, value(line.substring(eq + 1).strip()));
        }
        return Map.copyOf(values);
    }

    private static String value(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
            char quote = v.charAt(0);
            int end = v.indexOf(quote, 1);
            if (end > 0) {
                String inner = v.substring(1, end);
                return quote == '"' ? inner.replace("\\n", "\n").replace("\\\"", "\"") : inner;
            }
        }
        int comment = v.indexOf(" #");
        return (comment >= 0 ? v.substring(0, comment) : v).strip();
    }
}
