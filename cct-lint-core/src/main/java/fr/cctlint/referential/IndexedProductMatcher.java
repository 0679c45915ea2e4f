package fr.cctlint.referential;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises components as referential products through the selectors of the rows, indexed once so that tens of
 * thousands of components match in a fraction of a second.
 *
 * <p>Order, first hit wins:
 * <ol>
 * <li>the Package URL: {@code pkg:docker} and {@code pkg:oci} purls name an image (below), {@code pkg:deb},
 *     {@code pkg:rpm} and {@code pkg:apk} purls an OS package; any purl is also looked up among purl selectors;</li>
 * <li>the CPE, only when the component has no usable purl or a {@code pkg:generic} one: SBOM generators guess
 *     CPEs from artifact names (the PostgreSQL JDBC driver gets {@code postgresql:postgresql}), so the purl of a
 *     real package ecosystem is trusted over them;</li>
 * <li>the image reference of a container component without usable purl (its name, or group and name);</li>
 * <li>the folded name, only when the component has neither a usable purl nor a CPE.</li>
 * </ol>
 * A malformed purl counts as no purl. The family of a match is every row declaring the selector that matched;
 * its entry is the row whose version constraint covers the version (see {@link #chooseEntry}).
 */
public final class IndexedProductMatcher implements ProductMatcher {

    private static final Set<String> IMAGE_TYPES = Set.of("docker", "oci");
    private static final Set<String> OS_PACKAGE_TYPES = Set.of("deb", "rpm", "apk");
    private static final String GENERIC_TYPE = "generic";
    private static final Pattern EPOCH = Pattern.compile("^\\d+:");

    private final SelectorIndex<Product> purls;
    private final SelectorIndex<Product> cpes;
    private final SelectorIndex<Product> images;
    private final SelectorIndex<Product> osPackages;
    private final SelectorIndex<Product> names;

    /** Indexes the selectors of every row; selectors that cannot be read (a bad purl pattern) never match. */
    public IndexedProductMatcher(Referential referential) {
        SelectorIndex.Builder<Product> purlIndex = SelectorIndex.builder();
        SelectorIndex.Builder<Product> cpeIndex = SelectorIndex.builder();
        SelectorIndex.Builder<Product> imageIndex = SelectorIndex.builder();
        SelectorIndex.Builder<Product> osPackageIndex = SelectorIndex.builder();
        SelectorIndex.Builder<Product> nameIndex = SelectorIndex.builder();
        for (Product product : referential.products()) {
            Selectors selectors = product.selectors();
            for (String purl : selectors.purls()) {
                PurlPattern.tryParse(purl).ifPresent(p -> purlIndex.add(p.key(), "purl " + purl.strip(), product));
            }
            for (CpeSelector cpe : selectors.cpes()) {
                if (cpe.vendor() != null && cpe.product() != null) {
                    cpeIndex.add(cpeKey(cpe.vendor(), cpe.product()),
                            "cpe " + cpe.vendor().strip() + ":" + cpe.product().strip(), product);
                }
            }
            for (String image : selectors.images()) {
                imageIndex.add(ImageName.selectorKey(image), "image " + image.strip(), product);
            }
            for (String osPackage : selectors.osPackages()) {
                osPackageIndex.add(osPackage.strip().toLowerCase(Locale.ROOT), "os-package " + osPackage.strip(),
                        product);
            }
            for (String name : selectors.names()) {
                nameIndex.add(NameNormalizer.normalize(name), "name " + name.strip(), product);
            }
        }
        this.purls = purlIndex.build();
        this.cpes = cpeIndex.build();
        this.images = imageIndex.build();
        this.osPackages = osPackageIndex.build();
        this.names = nameIndex.build();
    }

    @Override
    public Optional<Match> match(Component component) {
        PackageURL purl = parsePurl(component.purl());
        String type = purl == null ? null : purl.getType().toLowerCase(Locale.ROOT);
        if (purl != null) {
            Optional<Match> byPurl = matchPurl(component, purl, type);
            if (byPurl.isPresent()) {
                return byPurl;
            }
        }
        boolean ecosystemPurl = purl != null && !GENERIC_TYPE.equals(type);
        boolean hasCpe = !isBlank(component.cpe());
        if (hasCpe && !ecosystemPurl) {
            Optional<Match> byCpe = matchCpe(component);
            if (byCpe.isPresent()) {
                return byCpe;
            }
        }
        if (purl == null && component.type() == ComponentType.CONTAINER) {
            Optional<Match> byImage = imageOfComponent(component).flatMap(image -> matchImage(component, image));
            if (byImage.isPresent()) {
                return byImage;
            }
        }
        if (purl == null && !hasCpe) {
            return names.find(NameNormalizer.normalize(component.name()))
                    .map(hit -> toMatch(hit, component.version()));
        }
        return Optional.empty();
    }

    private Optional<Match> matchPurl(Component component, PackageURL purl, String type) {
        if (IMAGE_TYPES.contains(type)) {
            Optional<Match> byImage = ImageName.ofPurl(purl).flatMap(image -> matchImage(component, image));
            if (byImage.isPresent()) {
                return byImage;
            }
        } else if (OS_PACKAGE_TYPES.contains(type)) {
            Optional<Match> byPackage = osPackages.find(purl.getName().toLowerCase(Locale.ROOT))
                    .map(hit -> toMatch(hit, withoutEpoch(firstNonBlank(component.version(), purl.getVersion()))));
            if (byPackage.isPresent()) {
                return byPackage;
            }
        }
        return purls.find(PurlPattern.keyOf(type, purl.getNamespace(), purl.getName()))
                .map(hit -> toMatch(hit, firstNonBlank(component.version(), purl.getVersion())));
    }

    private Optional<Match> matchCpe(Component component) {
        List<String> fields = cpeFields(component.cpe());
        if (fields.size() < 2 || fields.get(0).isEmpty() || fields.get(1).isEmpty()) {
            return Optional.empty();
        }
        String cpeVersion = fields.size() > 2 ? fields.get(2) : null;
        if ("*".equals(cpeVersion) || "-".equals(cpeVersion)) {
            cpeVersion = null;
        }
        String version = firstNonBlank(component.version(), cpeVersion);
        return cpes.find(cpeKey(fields.get(0), fields.get(1))).map(hit -> toMatch(hit, version));
    }

    private Optional<Match> matchImage(Component component, ImageName image) {
        String version = ImageName.versionOfTag(usableVersion(component.version()));
        if (version == null) {
            version = image.version();
        }
        for (String key : image.lookupKeys()) {
            Optional<SelectorIndex.Hit<Product>> hit = images.find(key);
            if (hit.isPresent()) {
                return Optional.of(toMatch(hit.get(), version));
            }
        }
        return Optional.empty();
    }

    /** The image a container component without purl names: {@code postgres:16}, or group and name. */
    private static Optional<ImageName> imageOfComponent(Component component) {
        String name = component.name().strip();
        String reference = !isBlank(component.group()) && !name.contains("/")
                ? component.group().strip() + "/" + name : name;
        return ImageName.parse(reference);
    }

    private static Match toMatch(SelectorIndex.Hit<Product> hit, String version) {
        return new Match(hit.family(), chooseEntry(hit.family(), version), hit.selector());
    }

    /**
     * The row of a family that covers a version. With a version: a row whose constraint matches it, a specific
     * constraint ({@code 9}, {@code >=5.1}) before an any-version one, else the first in referential order. Without
     * a version: the row when the family has only one, else the only any-version row when there is exactly one,
     * else none.
     */
    static Product chooseEntry(List<Product> family, String version) {
        if (isBlank(version)) {
            if (family.size() == 1) {
                return family.get(0);
            }
            List<Product> anyVersion = new ArrayList<>();
            for (Product row : family) {
                if (row.constraint().isAny()) {
                    anyVersion.add(row);
                }
            }
            return anyVersion.size() == 1 ? anyVersion.get(0) : null;
        }
        String v = version.strip();
        Product anyVersionMatch = null;
        for (Product row : family) {
            if (row.constraint().matches(v)) {
                if (!row.constraint().isAny()) {
                    return row;
                }
                if (anyVersionMatch == null) {
                    anyVersionMatch = row;
                }
            }
        }
        return anyVersionMatch;
    }

    private static PackageURL parsePurl(String purl) {
        if (isBlank(purl)) {
            return null;
        }
        try {
            return new PackageURL(purl.strip());
        } catch (MalformedPackageURLException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Vendor, product and version of a CPE 2.3 formatted string ({@code cpe:2.3:a:apache:tomcat:9.0.85:*:...}) or a
     * CPE 2.2 URI ({@code cpe:/a:apache:tomcat:9.0.85}), unescaped and lower case; empty when it is neither.
     */
    static List<String> cpeFields(String cpe) {
        String text = cpe.strip();
        int skip;
        if (text.regionMatches(true, 0, "cpe:2.3:", 0, 8)) {
            skip = 3;
        } else if (text.regionMatches(true, 0, "cpe:/", 0, 5)) {
            skip = 2;
        } else {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                current.append(text.charAt(++i));
            } else if (c == ':') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        if (fields.size() <= skip) {
            return List.of();
        }
        return fields.subList(skip, Math.min(fields.size(), skip + 3)).stream()
                .map(f -> decodeCpe22(f).toLowerCase(Locale.ROOT))
                .toList();
    }

    private static String decodeCpe22(String field) {
        return field.replace("%21", "!").replace("%3a", ":").replace("%3A", ":").replace("%2f", "/")
                .replace("%2F", "/");
    }

    private static String cpeKey(String vendor, String product) {
        return vendor.strip().toLowerCase(Locale.ROOT).replace('/', '_') + "/"
                + product.strip().toLowerCase(Locale.ROOT).replace('/', '_');
    }

    /** A version that is not a digest nor blank, else null. */
    private static String usableVersion(String version) {
        return ImageName.usableTag(version);
    }

    private static String withoutEpoch(String version) {
        return version == null ? null : EPOCH.matcher(version).replaceFirst("");
    }

    private static String firstNonBlank(String first, String second) {
        return !isBlank(first) ? first.strip() : isBlank(second) ? null : second.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
