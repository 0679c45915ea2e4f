package fr.cctlint.cloudnative.check.image;

import fr.cctlint.referential.ImageName;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which images a rule of {@code image-os.yaml} names: globs on the image name ({@code *} matches anything,
 * {@code /} included; {@code "*"} alone is any image) and an optional regular expression on the whole tag.
 */
public final class ImagePattern {
    private final List<String> globs;
    private final List<Pattern> named;
    private final Pattern tag;

    /**
     * @param globs the globs as written
     * @param tag   the tag expression, or null for any tag
     */
    public ImagePattern(List<String> globs, Pattern tag) {
        this.globs = List.copyOf(globs);
        this.named = globs.stream().filter(g -> !g.equals("*")).map(ImagePattern::globRegex).toList();
        this.tag = tag;
    }

    public List<String> globs() {
        return globs;
    }

    /** The tag expression, or null for any tag. */
    public Pattern tag() {
        return tag;
    }

    /** True when the pattern names any image ({@code "*"}). */
    public boolean anyImage() {
        return globs.contains("*");
    }

    /** True when some glob other than {@code "*"} matches one of the image's names. */
    public boolean namesImage(ImageName image) {
        List<String> names = names(image);
        return named.stream().anyMatch(p -> names.stream().anyMatch(n -> p.matcher(n).matches()));
    }

    /** True when the image matches and the tag text ({@code ""} for none) does. */
    public boolean matches(ImageName image, String tagText) {
        return (anyImage() || namesImage(image)) && tagMatches(tagText);
    }

    /** True when the tag text matches (always, without a tag expression). */
    public boolean tagMatches(String tagText) {
        return tag == null || tag.matcher(tagText).matches();
    }

    /**
     * The names an image is known by: as manifests write it ({@code gcr.io/distroless/static}, {@code postgres}
     * for Docker Hub), then its repository's lookup keys (an image pulled through a mirror,
     * {@code harbor.example/proxy/library/node}, is also {@code node}).
     */
    static List<String> names(ImageName image) {
        List<String> names = new ArrayList<>();
        names.add(ImageName.DOCKER_HUB.equals(image.registry()) ? image.repository()
                : image.registry() + "/" + image.repository());
        names.addAll(image.lookupKeys());
        return names;
    }

    static Pattern globRegex(String glob) {
        List<String> parts = new ArrayList<>();
        for (String part : glob.split("\\*", -1)) {
            parts.add(part.isEmpty() ? "" : Pattern.quote(part));
        }
        return Pattern.compile(String.join(".*", parts));
    }
}
