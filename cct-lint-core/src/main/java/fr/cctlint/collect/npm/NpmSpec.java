package fr.cctlint.collect.npm;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a dependency specifier of package.json (or a lockfile's resolution) points at: a registry range or exact
 * version, an alias ({@code npm:real-name@range}), or a source outside the registry (git, a local folder or
 * tarball, a link, a URL, a workspace of the same repository).
 *
 * @param source      where the package comes from
 * @param realName    the package's registry name (differs from the declared key for aliases)
 * @param range       the version part (the whole specifier for non-registry sources)
 * @param exactVersion the version when the range names exactly one ({@code 5.2.0}, {@code =v5.2.0}), else null
 */
record NpmSpec(Source source, String realName, String range, String exactVersion) {

    /** Where a dependency comes from; {@link #REGISTRY} is the npm registry (or a mirror). */
    enum Source {
        REGISTRY, GIT, FILE, LINK, URL, WORKSPACE;

        /** The value of {@link NpmComponents#SOURCE_KEY}: {@code git}, {@code file}... */
        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern EXACT = Pattern.compile("^=?v?(\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.+-]*)?)$");
    private static final Pattern GITHUB_SHORTHAND = Pattern.compile("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(#.*)?$");

    /** Reads a specifier declared for {@code name}. */
    static NpmSpec parse(String name, String spec) {
        String s = spec == null ? "" : spec.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("npm:")) {
            String target = s.substring(4);
            int at = target.indexOf('@', 1);
            String real = at < 0 ? target : target.substring(0, at);
            String range = at < 0 ? "" : target.substring(at + 1);
            return new NpmSpec(Source.REGISTRY, real, range, exact(range));
        }
        if (lower.startsWith("workspace:")) {
            return new NpmSpec(Source.WORKSPACE, name, s, null);
        }
        if (lower.startsWith("link:") || lower.startsWith("portal:")) {
            return new NpmSpec(Source.LINK, name, s, null);
        }
        if (lower.startsWith("file:") || s.startsWith("./") || s.startsWith("../") || s.startsWith("/")
                || s.startsWith("~/")) {
            return new NpmSpec(Source.FILE, name, s, null);
        }
        if (lower.startsWith("git+") || lower.startsWith("git:") || lower.startsWith("github:")
                || lower.startsWith("gitlab:") || lower.startsWith("bitbucket:") || lower.startsWith("gist:")
                || GITHUB_SHORTHAND.matcher(s).matches()) {
            return new NpmSpec(Source.GIT, name, s, null);
        }
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return new NpmSpec(lower.contains(".git#") || lower.endsWith(".git") ? Source.GIT : Source.URL, name, s, null);
        }
        return new NpmSpec(Source.REGISTRY, name, s, exact(s));
    }

    /** The version a specifier names exactly, or null for a range, a tag or anything else. */
    static String exact(String range) {
        var m = EXACT.matcher(range == null ? "" : range.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** Where a lockfile says a package was fetched from ({@code resolved}, {@code version} of lockfile v1). */
    static Source ofResolved(String resolved) {
        if (resolved == null || resolved.isBlank()) {
            return Source.REGISTRY;
        }
        String lower = resolved.toLowerCase(Locale.ROOT);
        if (lower.startsWith("git+") || lower.startsWith("git:") || lower.startsWith("github:")
                || lower.contains("codeload.github.com") || lower.contains(".git#")) {
            return Source.GIT;
        }
        if (lower.startsWith("file:") || lower.startsWith("link:")) {
            return Source.FILE;
        }
        return Source.REGISTRY;
    }

    /** A URL without any user or password part, so that no credential reaches a report. */
    static String withoutCredentials(String url) {
        return url == null ? null : url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@", "$1");
    }
}
