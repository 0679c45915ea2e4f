package fr.cctlint.cloudnative.check.support;

import java.util.regex.Pattern;

/**
 * Masks what looks like a secret in a line quoted as evidence: the value of an option or variable whose name says
 * token, password or secret ({@code --token=****}, {@code --password ****}, {@code KUBE_TOKEN=****}), a bearer
 * credential, a JSON Web Token, the password of a URL ({@code postgresql://app:****@db/app}) or of a connection
 * string parameter ({@code ;password=****}), and long opaque strings (40 or more letters and digits mixed).
 * Variable references ({@code $KUBE_TOKEN}) are masked too: the rule is simple and never leaks. Every check that
 * quotes a line uses it, directly or through a masker that knows more.
 */
public final class Secrets {
    public static final String MASK = "****";

    private static final String NAME = "[A-Za-z0-9_.-]*(?:token|password|passwd|secret|api[_-]?key|credential)[A-Za-z0-9_.-]*";
    private static final Pattern OPTION = Pattern.compile("(?i)(--?" + NAME + ")(=|\\s+)(\"[^\"]*\"|'[^']*'|[^\\s'\"]+)");
    private static final Pattern ASSIGNMENT = Pattern.compile("(?i)(?<![-\\w])(" + NAME + ")(\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s'\"]+)");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer|basic)(\\s+)([A-Za-z0-9._~+/=-]+)");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");
    private static final Pattern URL_PASSWORD =
            Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^\\s:/@'\"]*):([^\\s@'\"/]+)@");
    private static final Pattern PARAM_PASSWORD = Pattern.compile("(?i)([?&;](?:password|passwd|pwd)=)[^&;\\s'\"]*");
    private static final Pattern OPAQUE = Pattern.compile("(?<![A-Za-z0-9/+_-])(?=[A-Za-z0-9+/_=-]*[0-9])(?=[A-Za-z0-9+/_=-]*[A-Za-z])[A-Za-z0-9+/_=-]{40,}");

    private Secrets() {
    }

    public static String mask(String line) {
        String out = OPTION.matcher(connectionPasswords(line)).replaceAll(m -> quote(m.group(1) + m.group(2)) + MASK);
        out = ASSIGNMENT.matcher(out).replaceAll(m -> quote(m.group(1) + m.group(2)) + MASK);
        out = BEARER.matcher(out).replaceAll(m -> quote(m.group(1) + m.group(2)) + MASK);
        out = JWT.matcher(out).replaceAll(MASK);
        return OPAQUE.matcher(out).replaceAll(MASK);
    }

    /** The passwords a URL or a connection string carries, masked: {@code postgresql://app:****@db/app}. */
    public static String connectionPasswords(String line) {
        String out = URL_PASSWORD.matcher(line).replaceAll("$1:" + MASK + "@");
        return PARAM_PASSWORD.matcher(out).replaceAll("$1" + MASK);
    }

    private static String quote(String text) {
        return java.util.regex.Matcher.quoteReplacement(text);
    }
}
