package fr.cctlint.collect.docker;

import java.util.Optional;
import java.util.function.Function;

/**
 * Docker's variable substitution in instruction arguments ({@code $NAME}, {@code ${NAME}}, {@code ${NAME:-default}},
 * {@code ${NAME:+alternative}}, {@code ${NAME-default}}, {@code ${NAME+alternative}}), done without guessing: a
 * variable whose value is not known (an {@code ARG} without default, an undeclared name) leaves the text
 * unresolved, unless a default applies. GitLab CI expands {@code image:} the same way.
 */
public final class Variables {
    /** Nested defaults ({@code ${A:-${B:-c}}}) followed at most this deep. */
    private static final int MAX_DEPTH = 8;

    private Variables() {
    }

    /** The text after substitution, and whether every variable in it had a known value. */
    public record Substitution(String text, boolean resolved) {
    }

    /**
     * Substitutes the variables of {@code text}.
     *
     * @param lookup a variable's value (possibly empty), or empty when it is unknown
     * @param escape the escape character ({@code \} or a backtick): an escaped {@code $} is a literal
     */
    public static Substitution substitute(String text, Function<String, Optional<String>> lookup, char escape) {
        return substitute(text, lookup, escape, 0);
    }

    private static Substitution substitute(String text, Function<String, Optional<String>> lookup, char escape, int depth) {
        if (depth > MAX_DEPTH) { // hostile nesting: give up rather than recurse on
            return new Substitution(text, false);
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean resolved = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == escape && i + 1 < n && text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            if (c != '$' || i + 1 >= n) {
                out.append(c);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '{') {
                int close = matchingBrace(text, i + 1);
                if (close < 0) { // "${" never closed: literal text, unresolved
                    out.append(text, i, n);
                    return new Substitution(out.toString(), false);
                }
                Substitution inner = braced(text.substring(i + 2, close), lookup, escape, depth);
                out.append(inner.text());
                resolved &= inner.resolved();
                i = close + 1;
            } else if (isNameStart(next)) {
                int end = i + 1;
                while (end < n && isNamePart(text.charAt(end))) {
                    end++;
                }
                Optional<String> value = lookup.apply(text.substring(i + 1, end));
                if (value.isPresent()) {
                    out.append(value.get());
                } else {
                    out.append(text, i, end);
                    resolved = false;
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return new Substitution(out.toString(), resolved);
    }

    /** True when the text holds a variable reference ({@code $NAME} or <code>${...}</code>). */
    public static boolean hasVariable(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '$' && (text.charAt(i + 1) == '{' || isNameStart(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static Substitution braced(String body, Function<String, Optional<String>> lookup, char escape, int depth) {
        int end = 0;
        while (end < body.length() && isNamePart(body.charAt(end))) {
            end++;
        }
        String name = body.substring(0, end);
        String rest = body.substring(end);
        if (name.isEmpty()) {
            return new Substitution("${" + body + "}", false);
        }
        Optional<String> value = lookup.apply(name);
        boolean colon = rest.startsWith(":");
        String op = colon ? rest.substring(1) : rest;
        if (op.isEmpty()) {
            return value.map(v -> new Substitution(v, true)).orElse(new Substitution("${" + body + "}", false));
        }
        char kind = op.charAt(0);
        String word = op.substring(1);
        if (kind == '-') { // default when unset (or empty, with ':')
            if (value.isPresent() && !(colon && value.get().isEmpty())) {
                return new Substitution(value.get(), true);
            }
            return substitute(word, lookup, escape, depth + 1);
        }
        if (kind == '+') { // alternative when set (and not empty, with ':')
            if (value.isEmpty()) {
                return new Substitution("${" + body + "}", false);
            }
            return colon && value.get().isEmpty() ? new Substitution("", true) : substitute(word, lookup, escape, depth + 1);
        }
        return new Substitution("${" + body + "}", false); // ${X:?msg}, patterns: not resolved here
    }

    private static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
