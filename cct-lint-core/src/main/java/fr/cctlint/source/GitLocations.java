package fr.cctlint.source;

import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jgit.transport.URIish;

/**
 * Tells a repository URL from a local path, and removes credentials from URLs (and from texts that quote them)
 * before anything is shown: {@code https://user:secret@host/x.git} is shown as {@code https://host/x.git}.
 */
public final class GitLocations {
    /** Transports accepted for a remote repository. */
    static final Set<String> SCHEMES = Set.of("https", "http", "ssh", "git", "file");
    /** {@code user@host:path}, git's scp-like syntax (a user is required, so {@code C:\path} stays a path). */
    private static final Pattern SCP_LIKE = Pattern.compile("^[^/\\\\\\s@:]+@[^/\\\\\\s:@]+:.*");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://.*", Pattern.DOTALL);
    private static final Pattern USER_INFO_AFTER_SCHEME = Pattern.compile("(?<=://)[^/@\\s]*@");
    private static final Pattern USER_INFO_SCP = Pattern.compile("^[^/@\\s:]+@(?=[^/\\s:@]+:)");

    private GitLocations() {
    }

    /** Whether the text names a remote repository (any {@code scheme://} or {@code user@host:path}). */
    public static boolean isRemote(String location) {
        return SCHEME.matcher(location).matches() || SCP_LIKE.matcher(location).matches();
    }

    /** The location with any user name and password removed; a text that is not a URL is returned as is. */
    public static String withoutCredentials(String location) {
        if (!isRemote(location)) {
            return location;
        }
        try {
            URIish uri = new URIish(location);
            if (uri.getUser() == null && uri.getPass() == null) {
                return USER_INFO_AFTER_SCHEME.matcher(location).replaceFirst("");
            }
            return uri.setUser(null).setPass(null).toString();
        } catch (URISyntaxException | RuntimeException e) {
            String cleaned = USER_INFO_AFTER_SCHEME.matcher(location).replaceFirst("");
            return USER_INFO_SCP.matcher(cleaned).replaceFirst("");
        }
    }

    /**
     * A text (typically an exception message) with the credentials of {@code location} removed: the location itself
     * is replaced by its credential-free form, and any remaining {@code user:password@} or password is masked.
     */
    public static String scrub(String text, String location) {
        if (text == null) {
            return "";
        }
        String result = text.replace(location, withoutCredentials(location));
        try {
            URIish uri = new URIish(location);
            if (uri.getPass() != null && !uri.getPass().isEmpty()) {
                result = result.replace(uri.getUser() + ":" + uri.getPass() + "@", "")
                        .replace(uri.getPass(), "***");
            }
            if (uri.getUser() != null && !uri.getUser().isEmpty()) {
                result = result.replace(uri.getUser() + "@", "");
            }
        } catch (URISyntaxException | RuntimeException e) {
            // not a URL JGit understands: only the literal replacement above applies
        }
        return USER_INFO_AFTER_SCHEME.matcher(result).replaceAll("");
    }

    /** The parsed remote URL when its transport is one cct-lint accepts, else null. */
    static URIish parseRemote(String location) {
        try {
            URIish uri = new URIish(location);
            String scheme = uri.getScheme() == null ? "ssh" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!SCHEMES.contains(scheme)) {
                return null;
            }
            boolean needsHost = !"file".equals(scheme);
            if (needsHost && (uri.getHost() == null || uri.getHost().isBlank())) {
                return null;
            }
            if (uri.getPath() == null || uri.getPath().isBlank() || "/".equals(uri.getPath())) {
                return null;
            }
            return uri;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
