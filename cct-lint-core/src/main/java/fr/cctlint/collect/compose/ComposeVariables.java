package fr.cctlint.collect.compose;

import java.util.List;
import java.util.Map;

/**
 * Compose variable interpolation, as {@code docker compose} does it, from the values of a {@code .env} file:
 * {@code ${VAR}}, {@code $VAR}, {@code ${VAR:-default}} (default when unset or empty), {@code ${VAR-default}}
 * (default when unset), {@code ${VAR:+alt}} / {@code ${VAR+alt}}, {@code ${VAR:?error}} / {@code ${VAR?error}}
 * and {@code $$} (a literal {@code $}). Defaults may themselves hold variables. A variable with no value and no
 * default stays as written, so the caller sees that the text is unresolved; nothing is ever read from the
 * environment of the machine running cct-lint.
 */
public final class ComposeVariables {
    private static final int MAX_DEPTH = 10;

    private final Map<String, String> values;

    public ComposeVariables(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static ComposeVariables none() {
        return new ComposeVariables(Map.of());
    }

    /** The interpolated text and whether some variable stayed unresolved. */
    public record Result(String text, boolean resolved) {
    }

    public Result interpolate(String text) {
        boolean[] unresolved = {false};
        String out = interpolate(text, 0, unresolved);
        return new Result(out, !unresolved[0]);
    }

    private String interpolate(String text, int depth, boolean[] unresolved) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
            } else if (next == '{') {
                int end = closingBrace(text, i + 2);
                if (end < 0) {
                    out.append(text, i, text.length());
                    unresolved[0] = true;
                    break;
                }
                out.append(braced(text.substring(i, end + 1), text.substring(i + 2, end), depth, unresolved));
                i = end + 1;
            } else if (isNameStart(next)) {
                int end = i + 1;
                while (end < text.length() && isNamePart(text.charAt(end))) {
                    end++;
                }
                String name = text.substring(i + 1, end);
                String value = values.get(name);
                if (value == null) {
                    unresolved[0] = true;
                    out.append(text, i, end);
                } else {
                    out.append(value);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String braced(String whole, String body, int depth, boolean[] unresolved) {
        int n = 0;
        while (n < body.length() && isNamePart(body.charAt(n))) {
            n++;
        }
        String name = body.substring(0, n);
        String rest = body.substring(n);
        String value = values.get(name);
        boolean set = value != null;
        boolean nonEmpty = set && !value.isEmpty();
        for (String op : List.of(":-", "-", ":+", "+", ":?", "?")) {
            if (!name.isEmpty() && rest.startsWith(op)) {
                String word = rest.substring(op.length());
                boolean condition = op.startsWith(":") ? nonEmpty : set;
                return switch (op) {
                    case ":-", "-" -> condition ? value : expand(word, depth, unresolved);
                    case ":+", "+" -> condition ? expand(word, depth, unresolved) : "";
                    default -> {
                        if (condition) {
                            yield value;
                        }
                        unresolved[0] = true;
                        yield whole;
                    }
                };
            }
        }
        if (name.isEmpty() || !rest.isEmpty() || !set) {
            unresolved[0] = true;
            return whole;
        }
        return value;
    }

    private String expand(String word, int depth, boolean[] unresolved) {
        if (depth >= MAX_DEPTH) {
            unresolved[0] = true;
            return word;
        }
        return interpolate(word, depth + 1, unresolved);
    }

    /** The index of the brace closing the one opened before {@code from}, counting nested ones; -1 when none. */
    private static int closingBrace(String text, int from) {
        int open = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                open++;
            } else if (c == '}' && --open == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
