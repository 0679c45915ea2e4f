package fr.cctlint.collect.docker;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A package argument of an install command read as a name and a version: {@code curl=7.88.1-10+deb12u5} (deb),
 * {@code curl=8.5.0-r0} or {@code curl>=8} (apk), {@code nginx-1.20.1-14.el9} (rpm, name-version-release). A
 * version that is a variable, a glob or a range is kept as written in {@code versionExpression}, never guessed.
 *
 * @param name              the package name
 * @param version           the exact version, or null
 * @param versionExpression the version as written when it is not exact, or null
 */
record PackageSpec(String name, String version, String versionExpression) {
    private static final Pattern DEB = Pattern.compile("^([a-z0-9][a-z0-9+.-]*)(?::[a-z0-9-]+)?(?:([=/])(.+))?$");
    private static final Pattern APK = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9+._-]*)(?:@[A-Za-z0-9._-]+)?(?:(~=|>=|<=|=|~|>|<)(.+))?$");
    private static final Pattern RPM_NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9+._-]*$");
    /** name-version[-release]: the version starts with a digit and holds a dot ({@code java-17-openjdk} has none). */
    private static final Pattern RPM_VERSIONED = Pattern.compile("^(.+?)-(\\d+\\.[^-]*(?:-[^-]+)?)$");

    /**
     * Reads one argument. Empty when it names no single package: a path or URL ({@code ./x.deb}), a group
     * ({@code @development}), a name that is a variable or a glob.
     */
    static Optional<PackageSpec> parse(PackageCommands.Format format, String argument) {
        if (argument.isEmpty() || argument.contains("/") && format != PackageCommands.Format.DEB
                || argument.startsWith("@") || argument.startsWith("./") || argument.startsWith("/")
                || argument.contains("://") || argument.endsWith(".deb") || argument.endsWith(".apk")) {
            return Optional.empty();
        }
        return switch (format) {
            case DEB -> deb(argument);
            case APK -> apk(argument);
            case RPM -> rpm(argument);
        };
    }

    private static Optional<PackageSpec> deb(String argument) {
        Matcher m = DEB.matcher(argument);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(2) == null || "/".equals(m.group(2))) { // no version, or name/target-release
            return Optional.of(new PackageSpec(m.group(1), null, null));
        }
        return Optional.of(versioned(m.group(1), m.group(3), true));
    }

    private static Optional<PackageSpec> apk(String argument) {
        Matcher m = APK.matcher(argument);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(2) == null) {
            return Optional.of(new PackageSpec(m.group(1), null, null));
        }
        return Optional.of(versioned(m.group(1), m.group(3), "=".equals(m.group(2)))
                .withExpression(m.group(2)));
    }

    private static Optional<PackageSpec> rpm(String argument) {
        if (argument.endsWith(".rpm")) {
            return Optional.empty();
        }
        String name = argument;
        String version = null;
        Matcher m = RPM_VERSIONED.matcher(argument);
        if (m.matches()) {
            name = m.group(1);
            version = m.group(2);
        }
        if (!RPM_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(version == null ? new PackageSpec(name, null, null) : versioned(name, version, true));
    }

    private static PackageSpec versioned(String name, String version, boolean exact) {
        boolean plain = exact && !Variables.hasVariable(version) && version.chars().noneMatch(c -> c == '*' || c == '?');
        return plain ? new PackageSpec(name, version, null) : new PackageSpec(name, null, version);
    }

    /** An apk constraint keeps its operator in the expression ({@code >=8.5}). */
    private PackageSpec withExpression(String operator) {
        return versionExpression == null || "=".equals(operator) ? this
                : new PackageSpec(name, null, operator + versionExpression);
    }
}
