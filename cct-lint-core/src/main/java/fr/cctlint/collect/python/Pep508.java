package fr.cctlint.collect.python;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One dependency specifier as PEP 508 writes it ({@code requests[socks]>=2.31,<3 ; python_version < "3.12"},
 * {@code pkg @ https://...}), as found in requirements files, {@code [project] dependencies} and
 * {@code build-system.requires}. Only what an inventory needs is kept: the name, the extras, the version
 * specifier, the marker and a direct URL. Names are normalised as PEP 503 says for Package URLs.
 *
 * @param name      the name as written
 * @param extras    the extras without brackets ({@code socks,http2}), or empty
 * @param specifier the version specifier ({@code >=2.31,<3}), or empty
 * @param marker    the environment marker after {@code ;}, or empty
 * @param url       the direct reference after {@code @}, or empty
 */
public record Pep508(String name, String extras, String specifier, String marker, String url) {
    private static final Pattern NAME = Pattern.compile(
            "^\\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(?:\\[([^\\]]*)\\])?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern SPECIFIER = Pattern.compile(
            "^(?:\\s*(?:~=|===|==|!=|<=|>=|<|>)\\s*[A-Za-z0-9.*+!_-]+\\s*)(?:,\\s*(?:~=|===|==|!=|<=|>=|<|>)\\s*[A-Za-z0-9.*+!_-]+\\s*)*$");
    private static final Pattern EXACT = Pattern.compile("^\\s*===?\\s*([A-Za-z0-9.+!_-]+)\\s*$");
    private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");

    /** The parsed specifier, or null when the text is not a PEP 508 requirement. */
    public static Pep508 parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NAME.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1);
        String extras = m.group(2) == null ? "" : m.group(2).replace(" ", "");
        String rest = m.group(3).strip();
        String url = "";
        String marker = "";
        if (rest.startsWith("@")) {
            // a URL may hold ';' itself: the marker starts at a ';' preceded by a space
            String ref = rest.substring(1).strip();
            int semi = ref.indexOf(" ;");
            if (semi >= 0) {
                marker = ref.substring(semi + 2).strip();
                ref = ref.substring(0, semi).strip();
            }
            if (ref.isEmpty()) {
                return null;
            }
            return new Pep508(name, extras, "", marker, ref);
        }
        int semi = rest.indexOf(';');
        if (semi >= 0) {
            marker = rest.substring(semi + 1).strip();
            rest = rest.substring(0, semi).strip();
        }
        if (rest.startsWith("(") && rest.endsWith(")")) {
            rest = rest.substring(1, rest.length() - 1).strip();
        }
        if (!rest.isEmpty() && !SPECIFIER.matcher(rest).matches()) {
            return null;
        }
        return new Pep508(name, extras, rest.replaceAll("\\s+", ""), marker, url);
    }

    /** The pinned version ({@code ==1.2.3}, {@code ===1.2.3}, not {@code ==1.2.*}), or null for a range. */
    public String exactVersion() {
        return exactVersion(specifier);
    }

    /** The pinned version of a specifier, or null. */
    public static String exactVersion(String specifier) {
        Matcher m = EXACT.matcher(specifier == null ? "" : specifier);
        return m.matches() ? m.group(1) : null;
    }

    /** The PEP 503 normalised name: lower case, runs of {@code -_.} as one {@code -}. */
    public static String normalize(String name) {
        return SEPARATORS.matcher(name.strip()).replaceAll("-").toLowerCase(Locale.ROOT);
    }
}
