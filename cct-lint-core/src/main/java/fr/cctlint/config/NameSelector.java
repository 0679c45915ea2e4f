package fr.cctlint.config;

import com.github.packageurl.PackageURL;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.referential.ImageName;
import fr.cctlint.referential.NameNormalizer;
import fr.cctlint.referential.Product;
import java.util.Optional;

/**
 * A bare product name ({@code mysql}, {@code Node.js}) or reference id ({@code AT-1541}), compared folded (see
 * {@link NameNormalizer}) with the component's name, its group and name, the last segment of its image repository,
 * and the referential product it was recognised as.
 *
 * @param text   as written
 * @param folded the folded name, never empty
 */
record NameSelector(String text, String folded) implements ComponentSelector {

    @Override
    public boolean matches(Component component, Product product) {
        if (folded.equals(NameNormalizer.normalize(component.name()))
                || component.group() != null
                && folded.equals(NameNormalizer.normalize(component.group() + component.name()))) {
            return true;
        }
        Optional<ImageName> image = image(component);
        if (image.isPresent()) {
            String repository = image.get().repository();
            String last = repository.substring(repository.lastIndexOf('/') + 1);
            if (folded.equals(NameNormalizer.normalize(last))) {
                return true;
            }
        }
        return product != null && (folded.equals(NameNormalizer.normalize(product.name()))
                || product.ref().equalsIgnoreCase(text.strip()));
    }

    /** The image a component names: through its docker/oci purl, or, without purl, its name as a reference. */
    static Optional<ImageName> image(Component component) {
        PackageURL purl = ComponentSelectors.parsePurl(component.purl());
        if (purl != null) {
            return ImageName.PURL_TYPES.contains(purl.getType()) ? ImageName.ofPurl(purl) : Optional.empty();
        }
        if (component.type() != ComponentType.CONTAINER) {
            return Optional.empty();
        }
        String name = component.name().strip();
        String reference = component.group() != null && !component.group().isBlank() && !name.contains("/")
                ? component.group().strip() + "/" + name : name;
        return ImageName.parse(reference);
    }
}
