package fr.cctlint.referential;

import com.github.packageurl.PackageURL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image reference split into its parts: {@code quay.io/keycloak/keycloak:24.0} is registry
 * {@code quay.io}, repository {@code keycloak/keycloak}, tag {@code 24.0}. Docker Hub is the default registry and
 * its official images lose their {@code library/} prefix, so {@code postgres:16},
 * {@code docker.io/library/postgres:16} and {@code index.docker.io/library/postgres} all have repository
 * {@code postgres}.
 *
 * @param registry   registry host (lower case, with port when given); {@code docker.io} for Docker Hub
 * @param repository repository path without registry nor tag, lower case
 * @param tag        the tag, or null
 * @param digest     the digest ({@code sha256:...}), or null
 */
public record ImageName(String registry, String repository, String tag, String digest) {

    public static final String DOCKER_HUB = "docker.io";

    private static final Set<String> DOCKER_HUB_ALIASES =
            Set.of("docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com");
    private static final String OFFICIAL_PREFIX = "library/";
    /** What a reference may hold once trimmed; variables ({@code ${TAG}}), spaces and quotes are refused. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._/:@+-]+");
    private static final Pattern TAG_VERSION = Pattern.compile("^[vV]?(\\d+(?:\\.\\d+)*)");
    private static final Pattern DIGEST = Pattern.compile("(?i)^(sha256|sha512)[:%].*|^[0-9a-f]{64}$");
    /** Package URL types that name a container image. */
    public static final Set<String> PURL_TYPES = Set.of("docker", "oci");

    /**
     * Parses an image reference: {@code postgres}, {@code postgres:16-alpine},
     * {@code docker.io/library/postgres:16-alpine@sha256:...}, {@code registry.access.redhat.com/ubi9/ubi-minimal:9.4},
     * {@code localhost:5000/team/app}. Empty when the text is not a plain reference (blank, a variable, spaces).
     */
    public static Optional<ImageName> parse(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String rest = reference.strip();
        if (rest.isEmpty() || !REFERENCE.matcher(rest).matches()) {
            return Optional.empty();
        }
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        String registry = DOCKER_HUB;
        int slash = rest.indexOf('/');
        if (slash > 0 && looksLikeRegistry(rest.substring(0, slash))) {
            registry = rest.substring(0, slash).toLowerCase(Locale.ROOT);
            rest = rest.substring(slash + 1);
        }
        if (DOCKER_HUB_ALIASES.contains(registry)) {
            registry = DOCKER_HUB;
        }
        String repository = rest.toLowerCase(Locale.ROOT);
        if (DOCKER_HUB.equals(registry) && repository.startsWith(OFFICIAL_PREFIX)) {
            repository = repository.substring(OFFICIAL_PREFIX.length());
        }
        if (repository.isEmpty() || Arrays.stream(repository.split("/", -1)).anyMatch(String::isEmpty)
                || (tag != null && tag.isEmpty()) || (digest != null && digest.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new ImageName(registry, repository, tag, digest));
    }

    /**
     * The image a {@code pkg:docker} or {@code pkg:oci} purl names (its type is not checked). The
     * {@code repository_url} qualifier gives the registry ({@code pkg:docker/keycloak/keycloak?repository_url=quay.io})
     * or the whole repository ({@code pkg:oci/keycloak?repository_url=quay.io/keycloak/keycloak}); the tag is the
     * purl version unless it is a digest, else the {@code tag} qualifier.
     */
    public static Optional<ImageName> ofPurl(PackageURL purl) {
        Map<String, String> qualifiers = purl.getQualifiers() == null ? Map.of() : purl.getQualifiers();
        String path = isBlank(purl.getNamespace()) ? purl.getName() : purl.getNamespace() + "/" + purl.getName();
        String repositoryUrl = qualifiers.get("repository_url");
        String reference = path;
        if (!isBlank(repositoryUrl)) {
            String base = repositoryUrl.strip().replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
            while (base.endsWith("/")) {
                base = base.substring(0, base.length() - 1);
            }
            boolean namesRepository = base.equalsIgnoreCase(purl.getName())
                    || base.toLowerCase(Locale.ROOT).endsWith("/" + purl.getName().toLowerCase(Locale.ROOT));
            reference = namesRepository ? base : base + "/" + path;
        }
        String tag = usableTag(purl.getVersion());
        if (tag == null) {
            tag = usableTag(qualifiers.get("tag"));
        }
        String finalTag = tag;
        return parse(reference).map(image -> finalTag == null ? image : image.withTag(finalTag));
    }

    /** A version or tag, stripped; null when blank or when it is a digest rather than a tag. */
    public static String usableTag(String version) {
        return isBlank(version) || DIGEST.matcher(version.strip()).matches() ? null : version.strip();
    }

    /**
     * The repository an image selector names, as the index keys it: lower case, without a registry host nor the
     * Docker Hub {@code library/} prefix, so a selector written {@code quay.io/keycloak/keycloak} still works.
     */
    public static String selectorKey(String selector) {
        String key = selector.strip().toLowerCase(Locale.ROOT);
        int slash = key.indexOf('/');
        if (slash > 0 && looksLikeRegistry(key.substring(0, slash))) {
            key = key.substring(slash + 1);
        }
        return key.startsWith(OFFICIAL_PREFIX) ? key.substring(OFFICIAL_PREFIX.length()) : key;
    }

    /**
     * The leading version of an image tag: {@code 16-alpine} gives {@code 16}, {@code 21-jre} {@code 21},
     * {@code v2.4.1} {@code 2.4.1}, {@code 8u342-jre} {@code 8}; null for {@code latest}, {@code alpine} or null.
     */
    public static String versionOfTag(String tag) {
        if (tag == null) {
            return null;
        }
        Matcher m = TAG_VERSION.matcher(tag.strip());
        return m.find() ? m.group(1) : null;
    }

    /** The product version this reference names through its tag, or null. */
    public String version() {
        return versionOfTag(tag);
    }

    /** This reference with another tag (the tag a purl or an SBOM gives apart from the name). */
    public ImageName withTag(String newTag) {
        return new ImageName(registry, repository, newTag, digest);
    }

    /**
     * The repositories to look up, most specific first: the repository itself, then, for images pulled through a
     * mirror or proxy project ({@code harbor.example/proxy/bitnami/postgresql},
     * {@code mirror.example/dockerhub/library/postgres}), its trailing paths of at least two segments, and an
     * official image name when it follows a {@code library} segment. A lone last segment is never tried on its
     * own: {@code mycompany/postgres} is not the official {@code postgres} image.
     */
    public List<String> lookupKeys() {
        String[] segments = repository.split("/");
        List<String> keys = new ArrayList<>();
        keys.add(repository);
        for (int i = 1; i < segments.length; i++) {
            int remaining = segments.length - i;
            if (remaining >= 2 || "library".equals(segments[i - 1])) {
                keys.add(String.join("/", Arrays.asList(segments).subList(i, segments.length)));
            }
        }
        return List.copyOf(keys);
    }

    /** {@code registry/repository[:tag][@digest]}, for messages. */
    public String reference() {
        return registry + "/" + repository + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean looksLikeRegistry(String head) {
        return head.contains(".") || head.contains(":") || head.equalsIgnoreCase("localhost");
    }
}
