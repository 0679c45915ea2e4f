package fr.cctlint.config;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.referential.NameNormalizer;
import fr.cctlint.referential.PurlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the {@code component} of a declaration or waiver as a {@link ComponentSelector}.
 *
 * <ul>
 *   <li>A text starting with {@code pkg:} is a Package URL pattern, compared with the component's purl without
 *       version, qualifiers nor subpath, segment by segment: it covers every purl it is a prefix of, in whole
 *       segments ({@code pkg:maven/org.apache} covers {@code pkg:maven/org.apache/commons-text@1.12.0}, not
 *       {@code pkg:maven/org.apachex/x}), and a {@code *} matches any characters within one segment
 *       ({@code pkg:maven/org.apache.*}{@code /*}, {@code pkg:npm/@angular/*}). Case does not count. A version
 *       written in the pattern ({@code @8.0.33}) restricts it to that exact version.</li>
 *   <li>A pattern of type {@code docker} or {@code oci} names an image: both types match each other, the registry
 *       and Docker Hub's {@code library/} prefix do not count ({@code pkg:docker/minio/minio} covers
 *       {@code pkg:oci/minio?repository_url=docker.io/minio/minio} and
 *       {@code pkg:docker/minio/minio@RELEASE.2024-06-13T22-53-53Z}), and it also covers container components
 *       that have no purl, by their image reference.</li>
 *   <li>Any other text is a name, compared case-, accent- and punctuation-insensitively with the component's name
 *       (and group plus name), with the last path segment of an image's repository, and with the name of the
 *       referential product the component was recognised as; the product's reference id ({@code AT-1541}) works
 *       too.</li>
 * </ul>
 */
public final class ComponentSelectors {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9.+-]*");

    private ComponentSelectors() {
    }

    /**
     * The selector a text describes. Never throws: a text that cannot be a selector (see {@link #problem}) gives a
     * selector that matches nothing.
     */
    public static ComponentSelector parse(String text) {
        String written = text == null ? "" : text.strip();
        if (isPurl(written)) {
            return purl(written).<ComponentSelector>map(p -> p).orElseGet(() -> new NoSelector(written));
        }
        String folded = NameNormalizer.normalize(written);
        return folded.isEmpty() ? new NoSelector(written) : new NameSelector(written, folded);
    }

    /** Why a text cannot be a selector (blank, a malformed purl pattern, a name without letters nor digits). */
    public static Optional<Message> problem(String text) {
        String written = text == null ? "" : text.strip();
        if (written.isEmpty()) {
            return Optional.of(Message.of("config.selector.blank"));
        }
        if (isPurl(written)) {
            return purl(written).isPresent() ? Optional.empty()
                    : Optional.of(Message.of("config.selector.badPurl", written));
        }
        return NameNormalizer.normalize(written).isEmpty()
                ? Optional.of(Message.of("config.selector.noName", written)) : Optional.empty();
    }

    /**
     * The selector text that names a component and all its versions, as {@code cct-lint init} writes it: its purl
     * without version, qualifiers nor subpath ({@code pkg:docker/minio/minio}), or its name when it has no valid
     * purl.
     */
    public static String textFor(Component component) {
        PackageURL purl = parsePurl(component.purl());
        if (purl != null) {
            try {
                return new PackageURL(purl.getType(), purl.getNamespace(), purl.getName(), null, null, null)
                        .canonicalize();
            } catch (MalformedPackageURLException | RuntimeException e) {
                // falls back to the name
            }
        }
        return component.name().strip();
    }

    static PackageURL parsePurl(String purl) {
        if (purl == null || purl.isBlank()) {
            return null;
        }
        try {
            return new PackageURL(purl.strip());
        } catch (MalformedPackageURLException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isPurl(String text) {
        return text.regionMatches(true, 0, "pkg:", 0, 4);
    }

    /** A purl pattern: type, then segments, each decoded and folded; empty when malformed. */
    private static Optional<PurlSelector> purl(String text) {
        Optional<String[]> split = PurlText.rawSegments(text);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        String[] raw = split.get();
        String version = null;
        String last = raw[raw.length - 1];
        int at = last.indexOf('@');
        if (at > 0) {
            version = last.substring(at + 1);
            raw[raw.length - 1] = last.substring(0, at);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : raw) {
            Optional<String> decoded = PurlText.decode(segment);
            if (decoded.isEmpty() || decoded.get().isBlank()) {
                return Optional.empty();
            }
            segments.add(decoded.get().strip().toLowerCase(Locale.ROOT));
        }
        String type = segments.remove(0);
        if (!TYPE.matcher(type).matches()) {
            return Optional.empty();
        }
        if ("pypi".equals(type) && segments.size() == 1) {
            segments.set(0, segments.get(0).replaceAll("[-_.]+", "-"));
        }
        Optional<String> decodedVersion = version == null ? Optional.empty() : PurlText.decode(version);
        String finalVersion = decodedVersion.filter(v -> !v.isBlank()).map(String::strip).orElse(null);
        return Optional.of(new PurlSelector(text, type, segments, finalVersion));
    }
}
