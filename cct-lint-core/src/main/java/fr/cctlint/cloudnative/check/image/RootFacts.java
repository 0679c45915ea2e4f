package fr.cctlint.cloudnative.check.image;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How users and ports read in Dockerfiles, compose files and Kubernetes manifests relate to root. */
public final class RootFacts {
    /** Ports below this one are privileged: only root may listen on them. */
    public static final int FIRST_UNPRIVILEGED_PORT = 1024;
    private static final Pattern PORT = Pattern.compile("\\s*\"?(\\d{1,5})(?:-\\d{1,5})?(?:/[A-Za-z]+)?\"?\\s*");

    private RootFacts() {
    }

    /** Whether a user as written ({@code root}, {@code 0}, {@code 0:0}, {@code root:app}) is root. */
    public static boolean isRoot(String user) {
        String name = unquote(user.strip());
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        return name.equals("root") || name.matches("0+");
    }

    /** Whether a value still holds a variable ({@code $UID}, <code>${UID}</code>): it cannot be judged. */
    public static boolean unresolved(String value) {
        return value.contains("$") || value.contains("{{");
    }

    /** The port (the first of a range) of {@code 80}, {@code 80/tcp}, {@code 8000-8010/udp}; empty otherwise. */
    public static OptionalInt port(String text) {
        Matcher m = PORT.matcher(text);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** Whether a port is privileged (1 to 1023). */
    public static boolean privileged(int port) {
        return port > 0 && port < FIRST_UNPRIVILEGED_PORT;
    }

    /** Whether a YAML boolean is true ({@code true}, {@code yes}, {@code on}). */
    public static boolean isTrue(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes")
                || value.equalsIgnoreCase("on"));
    }

    /** Whether a YAML boolean is false. */
    public static boolean isFalse(String value) {
        return value != null && (value.equalsIgnoreCase("false") || value.equalsIgnoreCase("no")
                || value.equalsIgnoreCase("off"));
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1).strip();
        }
        return text;
    }
}
