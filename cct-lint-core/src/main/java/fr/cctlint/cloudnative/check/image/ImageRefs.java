package fr.cctlint.cloudnative.check.image;

import fr.cctlint.collect.docker.ImageReference;
import fr.cctlint.collect.docker.ImageComponents;
import fr.cctlint.model.Component;
import fr.cctlint.referential.ImageName;
import java.util.Optional;

/** The image a CONTAINER component names, as collectors record it (name, tag as version, digest, expressions). */
public final class ImageRefs {
    private ImageRefs() {
    }

    /** The image with its tag; empty when the repository itself is an unresolved expression. */
    public static Optional<ImageName> image(Component component) {
        if (component.property(ImageComponents.IMAGE_EXPRESSION) != null) {
            return Optional.empty();
        }
        return ImageName.parse(component.name()).map(image -> new ImageName(image.registry(), image.repository(),
                component.version(), component.property(ImageComponents.DIGEST)));
    }

    /**
     * The literal text of an unresolved tag: the Dockerfile collector keeps the whole reference
     * ({@code node:${V}-alpine}), the deployment collectors the tag alone ({@code ${V}-alpine}); null when the tag
     * is known.
     */
    public static String tagExpression(Component component) {
        String expression = component.property(ImageComponents.VERSION_EXPRESSION);
        if (expression == null || component.version() != null) {
            return null;
        }
        int start = ImageReference.tagStart(expression);
        boolean tagged = start < expression.length() && expression.charAt(start) == ':';
        String tag = tagged ? expression.substring(start + 1) : expression;
        int at = tag.indexOf('@');
        return at >= 0 && tag.indexOf('}', at) < 0 ? tag.substring(0, at) : tag;
    }
}
