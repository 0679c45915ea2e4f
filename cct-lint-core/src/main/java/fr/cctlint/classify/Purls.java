package fr.cctlint.classify;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.Locale;

/** Small Package URL helpers for the classifier. */
final class Purls {
    private Purls() {
    }

    /** {@code pkg:type/namespace/name} in lower case, without version, qualifiers nor subpath; null if not a purl. */
    static String versionless(String purl) {
        PackageURL p = parse(purl);
        if (p == null) {
            return null;
        }
        String ns = p.getNamespace();
        return ("pkg:" + p.getType() + "/" + (ns == null || ns.isEmpty() ? "" : ns + "/") + p.getName())
                .toLowerCase(Locale.ROOT);
    }

    static String type(String purl) {
        PackageURL p = parse(purl);
        return p == null ? null : p.getType();
    }

    private static PackageURL parse(String purl) {
        if (purl == null || purl.isBlank()) {
            return null;
        }
        try {
            return new PackageURL(purl.strip());
        } catch (MalformedPackageURLException | RuntimeException e) {
            return null;
        }
    }
}
