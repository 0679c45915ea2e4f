package fr.cctlint.config;

import com.github.packageurl.PackageURL;
import fr.cctlint.model.Component;
import fr.cctlint.referential.ImageName;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.PurlPattern;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Package URL pattern: a whole-segment prefix of the component's versionless purl, {@code *} within a segment;
 * images ({@code docker}, {@code oci}) compared by repository. See {@link ComponentSelectors}.
 *
 * @param text     as written
 * @param type     purl type, lower case
 * @param segments namespace and name segments, decoded, lower case
 * @param version  the exact version required, or null for every version
 */
record PurlSelector(String text, String type, List<String> segments, String version) implements ComponentSelector {

    PurlSelector {
        segments = List.copyOf(segments);
    }

    @Override
    public boolean matches(Component component, Product product) {
        if (ImageName.PURL_TYPES.contains(type)) {
            return NameSelector.image(component).map(image -> matchesImage(component, image)).orElse(false);
        }
        PackageURL purl = ComponentSelectors.parsePurl(component.purl());
        if (purl == null || !type.equals(purl.getType())) {
            return false;
        }
        String key = PurlPattern.keyOf(purl.getType(), purl.getNamespace(), purl.getName());
        List<String> actual = Arrays.asList(key.split("/"));
        return prefix(segments, actual.subList(1, actual.size()))
                && versionMatches(purl.getVersion(), component.version());
    }

    private boolean matchesImage(Component component, ImageName image) {
        String key = ImageName.selectorKey(String.join("/", segments));
        List<String> wanted = Arrays.asList(key.split("/"));
        boolean named = image.lookupKeys().stream().anyMatch(k -> prefix(wanted, Arrays.asList(k.split("/"))));
        return named && versionMatches(image.tag(), component.version());
    }

    private boolean versionMatches(String first, String second) {
        if (version == null) {
            return true;
        }
        return Optional.ofNullable(first).filter(v -> v.strip().equalsIgnoreCase(version)).isPresent()
                || Optional.ofNullable(second).filter(v -> v.strip().equalsIgnoreCase(version)).isPresent();
    }

    /** Whether the pattern segments cover the first segments of the actual ones, each as a glob. */
    private static boolean prefix(List<String> pattern, List<String> actual) {
        if (pattern.size() > actual.size()) {
            return false;
        }
        for (int i = 0; i < pattern.size(); i++) {
            if (!segmentMatches(pattern.get(i), actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean segmentMatches(String pattern, String actual) {
        if (pattern.indexOf('*') < 0) {
            return pattern.equals(actual);
        }
        StringBuilder regex = new StringBuilder();
        String[] literals = pattern.split("\\*", -1);
        for (int i = 0; i < literals.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            if (!literals[i].isEmpty()) {
                regex.append(Pattern.quote(literals[i]));
            }
        }
        return Pattern.matches(regex.toString(), actual);
    }
}
