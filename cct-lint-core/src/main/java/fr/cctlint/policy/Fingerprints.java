package fr.cctlint.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable finding fingerprints: the same rule on the same component of the same input gives the same value
 * from one run to the next, whatever line the component moved to.
 */
final class Fingerprints {
    private Fingerprints() {
    }

    /**
     * The input as fingerprints name it: the location as typed, with what does not change the place left out
     * ({@code ./}, a trailing or doubled {@code /}, Windows separators), so {@code ./app/} and {@code app} give
     * the same fingerprints. A URL or an absolute path stays what it is.
     */
    static String input(String location) {
        if (location == null || location.contains("://")) {
            return location;
        }
        String path = location.replace('\\', '/').replaceAll("/{2,}", "/");
        while (path.startsWith("./") && path.length() > 2) {
            path = path.substring(2);
        }
        path = path.replaceAll("/\\./", "/");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.equals("./") || path.isEmpty() ? "." : path;
    }

    static String of(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
