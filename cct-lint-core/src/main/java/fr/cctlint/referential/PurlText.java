package fr.cctlint.referential;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text-level steps every reader of a written purl or purl pattern shares: what follows {@code pkg:} without
 * qualifiers, subpath and leading slashes, split into its raw segments, and the decoding of one segment.
 */
public final class PurlText {
    private PurlText() {
    }

    /**
     * The raw (still encoded) segments after {@code pkg:}, type first, the last one still carrying any
     * {@code @version}; empty when there are fewer than two. The text must start with {@code pkg:}.
     */
    public static Optional<String[]> rawSegments(String text) {
        String rest = cutAt(cutAt(text.substring(4), '#'), '?');
        while (rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        String[] raw = rest.split("/", -1);
        return raw.length < 2 ? Optional.empty() : Optional.of(raw);
    }

    /** A segment percent-decoded ({@code +} stays a plus, as the purl specification says); empty when malformed. */
    public static Optional<String> decode(String segment) {
        try {
            return Optional.of(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String cutAt(String text, char c) {
        int i = text.indexOf(c);
        return i >= 0 ? text.substring(0, i) : text;
    }
}
