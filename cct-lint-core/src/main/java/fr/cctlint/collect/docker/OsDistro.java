package fr.cctlint.collect.docker;

import fr.cctlint.referential.ImageName;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Linux distribution an image is built on, as far as its name tells, to name the OS packages installed on it
 * ({@code pkg:deb/debian/curl}, {@code pkg:apk/alpine/curl}, {@code pkg:rpm/redhat/curl}): the distribution images
 * themselves ({@code debian}, {@code ubuntu}, {@code alpine}, {@code ubi9/ubi-minimal}...), a distribution named in
 * the tag ({@code 21-jre-jammy}, {@code 16-alpine}, {@code 3.12-slim-bookworm}), and the usual base of a few
 * official images ({@code eclipse-temurin} is Ubuntu, {@code postgres} Debian). Unknown otherwise.
 *
 * @param format    the package format
 * @param namespace the purl namespace: debian, ubuntu, alpine, redhat, centos, fedora...
 */
record OsDistro(PackageCommands.Format format, String namespace) {
    private static final OsDistro DEBIAN = new OsDistro(PackageCommands.Format.DEB, "debian");
    private static final OsDistro UBUNTU = new OsDistro(PackageCommands.Format.DEB, "ubuntu");
    private static final OsDistro ALPINE = new OsDistro(PackageCommands.Format.APK, "alpine");
    private static final OsDistro REDHAT = new OsDistro(PackageCommands.Format.RPM, "redhat");

    /** Distribution images by repository (last path segment for vendor paths). */
    private static final Map<String, OsDistro> IMAGES = Map.ofEntries(
            Map.entry("debian", DEBIAN), Map.entry("bitnami/minideb", DEBIAN),
            Map.entry("ubuntu", UBUNTU),
            Map.entry("alpine", ALPINE),
            Map.entry("centos", new OsDistro(PackageCommands.Format.RPM, "centos")),
            Map.entry("fedora", new OsDistro(PackageCommands.Format.RPM, "fedora")),
            Map.entry("rockylinux", new OsDistro(PackageCommands.Format.RPM, "rocky")),
            Map.entry("rockylinux/rockylinux", new OsDistro(PackageCommands.Format.RPM, "rocky")),
            Map.entry("almalinux", new OsDistro(PackageCommands.Format.RPM, "almalinux")),
            Map.entry("oraclelinux", new OsDistro(PackageCommands.Format.RPM, "oracle")),
            Map.entry("amazonlinux", new OsDistro(PackageCommands.Format.RPM, "amazon")));
    /** Official images whose default tags are built on a known distribution. */
    private static final Map<String, OsDistro> DEFAULT_BASES = Map.ofEntries(
            Map.entry("eclipse-temurin", UBUNTU), Map.entry("tomcat", UBUNTU), Map.entry("jetty", UBUNTU),
            Map.entry("postgres", DEBIAN), Map.entry("node", DEBIAN), Map.entry("python", DEBIAN),
            Map.entry("nginx", DEBIAN), Map.entry("httpd", DEBIAN), Map.entry("php", DEBIAN),
            Map.entry("ruby", DEBIAN), Map.entry("golang", DEBIAN), Map.entry("redis", DEBIAN));
    private static final Set<String> UBUNTU_RELEASES = Set.of("jammy", "noble", "focal", "bionic", "xenial", "mantic", "lunar");
    private static final Set<String> DEBIAN_RELEASES = Set.of("bookworm", "bullseye", "buster", "stretch", "trixie",
            "forky", "sid", "slim");
    private static final Set<String> REDHAT_REGISTRIES = Set.of("registry.access.redhat.com", "registry.redhat.io");

    static Optional<OsDistro> of(ImageName image) {
        String repository = image.repository();
        OsDistro own = IMAGES.get(repository);
        if (own != null) {
            return Optional.of(own);
        }
        if (REDHAT_REGISTRIES.contains(image.registry()) || repository.matches("(.*/)?(ubi\\d*|rhel\\d*)(/.*)?")) {
            return Optional.of(REDHAT);
        }
        Optional<OsDistro> byTag = ofTag(image.tag());
        if (byTag.isPresent()) {
            return byTag;
        }
        return Optional.ofNullable(DEFAULT_BASES.get(repository));
    }

    private static Optional<OsDistro> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        List<String> parts = Arrays.asList(tag.toLowerCase(java.util.Locale.ROOT).split("[-_]"));
        for (String part : parts) {
            if (part.startsWith("alpine")) {
                return Optional.of(ALPINE);
            }
            if (UBUNTU_RELEASES.contains(part)) {
                return Optional.of(UBUNTU);
            }
            if (DEBIAN_RELEASES.contains(part)) {
                return Optional.of(DEBIAN);
            }
            if (part.matches("ubi\\d*")) {
                return Optional.of(REDHAT);
            }
        }
        return Optional.empty();
    }
}
