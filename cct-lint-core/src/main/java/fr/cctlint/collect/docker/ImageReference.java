package fr.cctlint.collect.docker;

import fr.cctlint.referential.ImageName;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An image as a manifest names it, after whatever variable substitution the manifest allows, split into what is
 * known and what is not: {@code eclipse-temurin:21-jre} is fully known; {@code eclipse-temurin:${JAVA}-jre} names
 * the repository but not the tag ({@link #versionExpression}); {@code ${BASE_IMAGE}} or
 * {@code $CI_REGISTRY_IMAGE/builder} names nothing certain ({@link #imageExpression}). Nothing is guessed.
 *
 * @param written           the reference as written in the manifest
 * @param image             the parsed image (without tag when the tag is unresolved), or null
 * @param imageExpression   the reference as written when its repository is unresolved, else null
 * @param versionExpression the reference as written when only its tag or digest is unresolved, else null
 */
public record ImageReference(String written, ImageName image, String imageExpression, String versionExpression) {
    private static final Pattern COMPONENT =
            Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[+._-][a-z0-9]+)*:[A-Za-z0-9=_-]+");

    /**
     * Reads a reference.
     *
     * @param written     as written in the manifest
     * @param substituted after substitution of the known variables
     * @param resolved    whether every variable had a known value
     * @return empty when the text is not an image reference at all (spaces, a stray character)
     */
    public static Optional<ImageReference> of(String written, String substituted, boolean resolved) {
        String text = substituted.strip();
        if (resolved) {
            return ImageName.parse(text).filter(ImageReference::wellFormed)
                    .map(image -> new ImageReference(written, image, null, null));
        }
        int cut = tagStart(text);
        String repository = text.substring(0, cut);
        if (!hasExpression(repository)) {
            Optional<ImageName> image = ImageName.parse(repository).filter(ImageReference::wellFormed);
            if (image.isPresent()) {
                return Optional.of(new ImageReference(written, image.get(), null, written));
            }
        }
        return Optional.of(new ImageReference(written, null, written, null));
    }

    /** The distribution spec's grammar: lower-case path components, a tag of word characters, dots and dashes. */
    private static boolean wellFormed(ImageName image) {
        return COMPONENT.matcher(image.repository()).matches()
                && (image.tag() == null || TAG.matcher(image.tag()).matches())
                && (image.digest() == null || DIGEST.matcher(image.digest()).matches());
    }

    /** True when the text holds a {@code $VAR}, <code>${VAR}</code> or <code>${{ expr }}</code> expression. */
    public static boolean hasExpression(String text) {
        return text.contains("$");
    }

    /** Where the tag ({@code :}) or digest ({@code @}) starts, outside expressions; the length when neither. */
    public static int tagStart(String text) {
        int depth = 0;
        int cut = text.length();
        int lastSlash = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && c == '/') {
                lastSlash = i;
                cut = text.length();
            } else if (depth == 0 && c == '@') {
                return Math.min(cut, i);
            } else if (depth == 0 && c == ':' && i > lastSlash && cut == text.length()) {
                cut = i;
            }
        }
        return cut;
    }
}
