package fr.cctlint.collect.php;

import java.util.regex.Pattern;

/**
 * Composer versions as written, with one change: a leading {@code v} before a digit is removed, as tags are
 * often named {@code v5.4.1} while the release is 5.4.1 (Composer's own normalisation into four numbers,
 * {@code 5.4.1.0}, is not what users read). Branches ({@code dev-main}, {@code 2.x-dev}) and constraints are not
 * versions.
 */
final class ComposerVersions {
    private static final Pattern EXACT = Pattern.compile(
            "^=?=?v?(\\d+(?:\\.\\d+){0,3}(?:-?(?:alpha|beta|rc|RC|patch|pl|p)\\.?\\d*)?)$");

    private ComposerVersions() {
    }

    /** A lockfile version: the version, or null for a branch. */
    static String installed(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        String v = version.strip();
        if (v.startsWith("dev-") || v.endsWith("-dev")) {
            return null;
        }
        return v.length() > 1 && (v.charAt(0) == 'v' || v.charAt(0) == 'V') && Character.isDigit(v.charAt(1))
                ? v.substring(1) : v;
    }

    /** The version a composer.json constraint names exactly ({@code 5.4.1}, {@code v5.4.1}), else null. */
    static String exact(String constraint) {
        var m = EXACT.matcher(constraint == null ? "" : constraint.strip());
        return m.matches() ? m.group(1) : null;
    }
}
