package fr.cctlint.cloudnative.check.image;

import fr.cctlint.referential.ImageName;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code rules/cloud-native/image-os.yaml} knows: the OS line of an image from its name and tag, and which
 * images set a non-root user themselves. Rules are tried in order, the first match wins.
 *
 * @param asOf          the date the facts were checked
 * @param lines         the OS lines by id
 * @param rules         the rules, in order
 * @param nonRootImages images whose own USER is not root
 */
public record ImageOsCatalog(String asOf, Map<String, OsLine> lines, List<Rule> rules, List<ImagePattern> nonRootImages) {
    public ImageOsCatalog {
        lines = Map.copyOf(lines);
        rules = List.copyOf(rules);
        nonRootImages = List.copyOf(nonRootImages);
    }

    /**
     * One rule: the images it names, the line they run on.
     *
     * @param pattern   images and tag
     * @param line      the line id
     * @param knownOnly whether it applies only to images some other rule names by name
     * @param dataLine  its line in the data file, for messages about the data
     */
    public record Rule(ImagePattern pattern, String line, boolean knownOnly, int dataLine) {
    }

    /**
     * The line of an image whose tag is known ({@code null} tag: no tag). Empty when no rule knows it, or when
     * the image is pinned by digest alone (the digest names one build; its line is not in the name).
     */
    public Optional<OsLine> lineOf(ImageName image) {
        if (image.tag() == null && image.digest() != null) {
            return Optional.empty();
        }
        String tag = image.tag() == null ? "" : image.tag();
        boolean known = rules.stream().anyMatch(r -> r.pattern().namesImage(image));
        for (Rule rule : rules) {
            if ((!rule.knownOnly() || known) && rule.pattern().matches(image, tag)) {
                return Optional.ofNullable(lines.get(rule.line()));
            }
        }
        return Optional.empty();
    }

    /**
     * The line of an image whose tag holds a variable ({@code node:${NODE_VERSION}-alpine}): only the rules
     * before the first {@code knownOnly} one are tried (those where the image's name or the tag's literal text
     * tells the line, like {@code alpine} or {@code gcr.io/distroless/*-debian12}), on the tag's literal text; a
     * default base is never assumed, since the variable may name any variant.
     */
    public Optional<OsLine> lineOfTagExpression(ImageName image, String tagExpression) {
        for (Rule rule : rules) {
            if (rule.knownOnly()) {
                break;
            }
            if (rule.pattern().matches(image, tagExpression)) {
                return Optional.ofNullable(lines.get(rule.line()));
            }
        }
        return Optional.empty();
    }

    /** Whether the image sets a non-root user itself (distroless {@code :nonroot}, Bitnami images...). */
    public boolean setsNonRootUser(ImageName image) {
        String tag = image.tag() == null ? "" : image.tag();
        return nonRootImages.stream().anyMatch(p -> p.matches(image, tag));
    }
}
