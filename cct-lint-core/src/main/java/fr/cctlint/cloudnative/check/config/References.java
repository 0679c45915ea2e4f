package fr.cctlint.cloudnative.check.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a value that point elsewhere: {@code ${VAR}}, {@code ${VAR:default}} (Spring),
 * {@code ${VAR:-default}} (compose, shell; the bare {@code ${VAR-default}} form gives no default: Spring names hold dashes), {@code $VAR}, {@code $(VAR)} (Kubernetes), {@code {{ .Values.x }}}
 * (Helm), {@code #{...}} (SpEL), {@code @name@} (Maven resource filtering).
 *
 * @param literal  the value with every reference replaced by {@link #MARK}
 * @param defaults the default values written in {@code ${VAR:default}} references, as written
 * @param any      whether the value holds at least one reference
 */
record References(String literal, List<String> defaults, boolean any) {
    /** What a reference becomes in {@link #literal}: never a host, never a password. */
    static final String MARK = "\u0001";
    private static final Pattern OTHERS = Pattern.compile(
            "\\$\\([A-Za-z_][A-Za-z0-9_]*\\)|\\{\\{.*?}}|\\$[A-Za-z_][A-Za-z0-9_]*|#\\{[^}]*}");
    private static final Pattern MAVEN = Pattern.compile("@[A-Za-z0-9_.-]+@");

    References {
        defaults = List.copyOf(defaults);
    }

    static References of(String value) {
        List<String> defaults = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        boolean any = false;
        int i = 0;
        while (i < value.length()) {
            if (value.startsWith("$$", i)) { // compose escape of a literal $
                out.append("$$");
                i += 2;
            } else if (value.startsWith("${", i)) {
                int end = closing(value, i + 2);
                if (end < 0) {
                    out.append(value.substring(i));
                    break;
                }
                String inner = value.substring(i + 2, end);
                int colon = inner.indexOf(':');
                if (colon > 0 && !inner.startsWith("?", colon + 1)) {
                    defaults.add(inner.substring(colon + 1).replaceFirst("^-", ""));
                }
                out.append(MARK);
                any = true;
                i = end + 1;
            } else {
                out.append(value.charAt(i));
                i++;
            }
        }
        String literal = out.toString();
        Matcher others = OTHERS.matcher(literal);
        if (others.find()) {
            any = true;
            literal = others.replaceAll(MARK);
        }
        if (MAVEN.matcher(literal.strip()).matches()) {
            any = true;
            literal = MARK;
        }
        return new References(literal, defaults, any);
    }

    /** The index of the brace closing the one opened before {@code from}, nested braces counted; -1 when none. */
    private static int closing(String value, int from) {
        int depth = 1;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
