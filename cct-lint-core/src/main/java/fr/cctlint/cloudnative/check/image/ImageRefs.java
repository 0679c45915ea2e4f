package fr.cctlint.cloudnative.check.image;

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
        int depth = 0;
        int lastSlash = -1;
        int colon = -1;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && c == '/') {
                lastSlash = i;
                colon = -1;
            } else if (depth == 0 && c == ':' && colon < 0 && i > lastSlash) {
                colon = i;
            } else if (depth == 0 && c == '@') {
                break;
            }
        }
        String tag = colon < 0 ? expression : expression.substring(colon + 1);
        int at = tag.indexOf('@');
        return at >= 0 && tag.indexOf('}', at) < 0 ? tag.substring(0, at) : tag;
    }
}
