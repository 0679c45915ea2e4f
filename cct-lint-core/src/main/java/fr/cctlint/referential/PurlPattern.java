package fr.cctlint.referential;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Package URL pattern of a selector, without version: {@code pkg:maven/org.apache.tomcat.embed/tomcat-embed-*},
 * {@code pkg:npm/@angular/*}, {@code pkg:maven/org.glassfish.jersey.*}{@code /*}. A {@code *} is a glob that stays
 * within one segment; a version, qualifiers or subpath written by mistake are ignored.
 *
 * @param type      purl type, lower case ({@code maven}, {@code npm})
 * @param namespace namespace segments joined by {@code /}, decoded ({@code @angular}); empty when there is none
 * @param name      name, decoded
 */
public record PurlPattern(String type, String namespace, String name) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9.+-]*");
    private static final Pattern PYPI_SEPARATORS = Pattern.compile("[-_.]+");

    /** The pattern, or empty when the text is not a {@code pkg:type/[namespace/]name} pattern. */
    public static Optional<PurlPattern> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String rest = text.strip();
        if (!rest.regionMatches(true, 0, "pkg:", 0, 4)) {
            return Optional.empty();
        }
        Optional<String[]> split = PurlText.rawSegments(rest);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        String[] raw = split.get();
        String last = raw[raw.length - 1];
        int at = last.indexOf('@');
        raw[raw.length - 1] = at >= 0 ? last.substring(0, at) : last;
        String[] segments = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            Optional<String> decoded = PurlText.decode(raw[i]);
            if (decoded.isEmpty() || decoded.get().isBlank()) {
                return Optional.empty();
            }
            segments[i] = decoded.get().strip();
        }
        String type = segments[0].toLowerCase(Locale.ROOT);
        if (!TYPE.matcher(type).matches()) {
            return Optional.empty();
        }
        List<String> middle = Arrays.asList(segments).subList(1, segments.length - 1);
        return Optional.of(new PurlPattern(type, String.join("/", middle), segments[segments.length - 1]));
    }

    /** The index key of this pattern: {@code type/namespace/name}, folded like component keys. */
    public String key() {
        return keyOf(type, namespace, name);
    }

    /**
     * The index key of a package: lower case, {@code type/namespace/name} ({@code type/name} without namespace);
     * PyPI names fold {@code -}, {@code _} and {@code .} together as PyPI itself does.
     */
    public static String keyOf(String type, String namespace, String name) {
        String t = type.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        if ("pypi".equals(t)) {
            n = PYPI_SEPARATORS.matcher(n).replaceAll("-");
        }
        String ns = namespace == null ? "" : namespace.toLowerCase(Locale.ROOT);
        return ns.isEmpty() ? t + "/" + n : t + "/" + ns + "/" + n;
    }
}
