package fr.cctlint.report;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A file as SARIF wants it: a URI with forward slashes, percent-encoded; relative paths are relative to the
 * scanned root, named by the {@code %SRCROOT%} base id, which is what GitHub code scanning resolves against
 * the repository root.
 *
 * @param uri       the (possibly relative) URI reference
 * @param uriBaseId {@code %SRCROOT%} for a relative path, null for an absolute URI
 */
record ArtifactUri(String uri, String uriBaseId) {
    static final String SRCROOT = "%SRCROOT%";
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[a-zA-Z]:/.*");
    private static final String UNRESERVED_PATH =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/";

    static ArtifactUri of(String file) {
        String path = file.replace('\\', '/');
        if (WINDOWS_DRIVE.matcher(path).matches()) {
            return new ArtifactUri("file:///" + encode(path), null);
        }
        if (path.startsWith("/")) {
            return new ArtifactUri("file://" + encode(path), null);
        }
        if (SCHEME.matcher(path).matches()) {
            return new ArtifactUri(path, null);
        }
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        // a relative reference must not look like a scheme: "a:b" would read as scheme "a"
        String encoded = encode(path);
        int colon = encoded.indexOf(':');
        if (colon >= 0 && (encoded.indexOf('/') < 0 || colon < encoded.indexOf('/'))) {
            encoded = encoded.replace(":", "%3A");
        }
        return new ArtifactUri(encoded, SRCROOT);
    }

    /**
     * A repository as an absolute URI for SARIF {@code versionControlProvenance}: URLs as they are
     * ({@code git@host:group/x.git} becomes {@code ssh://git@host/group/x.git}), local paths as {@code file:} URIs.
     */
    static String repository(String repository) {
        String r = repository.strip();
        if (SCHEME.matcher(r).matches()) {
            return r;
        }
        java.util.regex.Matcher scp = SCP_LIKE.matcher(r);
        if (scp.matches()) {
            return "ssh://" + scp.group(1) + "/" + scp.group(2);
        }
        return java.nio.file.Path.of(r).toAbsolutePath().normalize().toUri().toString();
    }

    private static final Pattern SCP_LIKE = Pattern.compile("^([^/@:]+@[^/:]+):(.+)$");

    private static String encode(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (b >= 0 && UNRESERVED_PATH.indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }
}
