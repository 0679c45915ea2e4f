package fr.cctlint.collect.maven;

import fr.cctlint.referential.PurlPattern;
import fr.cctlint.referential.SelectorIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What well-known BOMs manage, known without reading them ({@code cct-rules/knowledge/managed-versions.yaml}, read by
 * {@link ManagedVersionsLoader}): for a BOM such as {@code spring-boot-dependencies} and one of its version lines
 * (3.3), the version line of the artifacts it manages ({@code org.springframework:*} at 6.1) and the artifacts that
 * carry the BOM's own version ({@code org.springframework.boot:*}). Immutable.
 */
public final class ManagedVersions {
    /** A pattern's value meaning: this line of the BOM does not manage it. */
    public static final String NONE = "none";

    private static final String OWN = "=";
    private static final Pattern BOM_LINE = Pattern.compile("^(\\d{1,9}\\.\\d{1,9})(?:[.\\-].*)?$");

    /**
     * One version line of a BOM.
     *
     * @param line     major.minor ({@code 3.3})
     * @param versions artifact pattern ({@code groupId:artifactId}, {@code *} within the artifactId) to version line,
     *                 or {@link #NONE}
     * @param note     free text (when it was checked), may be null
     */
    public record Line(String line, Map<String, String> versions, String note) {
        public Line {
            versions = Map.copyOf(versions);
        }
    }

    /**
     * A BOM and its lines.
     *
     * @param bom        {@code groupId:artifactId}
     * @param also       other POMs managing the same versions at the same version (a starter parent)
     * @param ownVersion artifact patterns whose version is the BOM's own version
     * @param lines      its known version lines
     */
    public record Bom(String bom, List<String> also, List<String> ownVersion, List<Line> lines) {
        public Bom {
            also = List.copyOf(also);
            ownVersion = List.copyOf(ownVersion);
            lines = List.copyOf(lines);
        }
    }

    /**
     * What the data says of an artifact under a BOM it knows.
     *
     * @param version the version (exact) or version line; null when the data cannot tell (a line it does not hold,
     *                an artifact it does not cover, or one the line does not manage)
     * @param exact   true for the BOM's own version, false for a line
     * @param bomLine the BOM's line looked up ({@code 3.3})
     */
    public record Answer(String version, boolean exact, String bomLine) {
        public boolean known() {
            return version != null;
        }
    }

    private final List<Bom> boms;
    private final Map<String, Map<String, SelectorIndex<String>>> indexByBomAndLine = new HashMap<>();

    /** @throws IllegalArgumentException when a BOM is named twice (as {@code bom} or in {@code also}) */
    public ManagedVersions(List<Bom> boms) {
        this.boms = List.copyOf(boms);
        for (Bom bom : this.boms) {
            Map<String, SelectorIndex<String>> byLine = new HashMap<>();
            for (Line line : bom.lines()) {
                SelectorIndex.Builder<String> index = SelectorIndex.builder();
                for (String own : bom.ownVersion()) {
                    index.add(key(own), own, OWN);
                }
                line.versions().forEach((pattern, version) -> index.add(key(pattern), pattern, version));
                byLine.put(line.line(), index.build());
            }
            for (String name : names(bom)) {
                if (indexByBomAndLine.putIfAbsent(name, Map.copyOf(byLine)) != null) {
                    throw new IllegalArgumentException("managed versions: the BOM " + name + " is named twice");
                }
            }
        }
    }

    public List<Bom> boms() {
        return boms;
    }

    /**
     * What a BOM manages for an artifact.
     *
     * @return empty when the BOM is not one the data knows; otherwise the answer (possibly without version)
     */
    public Optional<Answer> lookup(String bomGroup, String bomArtifact, String bomVersion, String group,
            String artifact) {
        Map<String, SelectorIndex<String>> byLine = indexByBomAndLine.get(bomGroup + ":" + bomArtifact);
        if (byLine == null) {
            return Optional.empty();
        }
        Optional<String> line = lineOf(bomVersion);
        SelectorIndex<String> index = line.map(byLine::get).orElse(null);
        if (index == null || group == null || artifact == null) {
            return Optional.of(new Answer(null, false, line.orElse(null)));
        }
        Optional<String> found = index.find(PurlPattern.keyOf("maven", group, artifact))
                .map(hit -> hit.family().get(0));
        if (found.isEmpty() || found.get().equals(NONE)) {
            return Optional.of(new Answer(null, false, line.get()));
        }
        boolean own = found.get().equals(OWN);
        return Optional.of(new Answer(own ? bomVersion.strip() : found.get(), own, line.get()));
    }

    /** The major.minor line of a BOM version ({@code 3.3.5} and {@code 3.3.0-M1} are 3.3). */
    static Optional<String> lineOf(String version) {
        if (version == null) {
            return Optional.empty();
        }
        Matcher m = BOM_LINE.matcher(version.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static List<String> names(Bom bom) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(bom.bom()), bom.also().stream()).toList();
    }

    /** The index key of a {@code groupId:artifactId} pattern, folded as the referential folds Maven purls. */
    static String key(String pattern) {
        int colon = pattern.indexOf(':');
        return PurlPattern.keyOf("maven", pattern.substring(0, colon), pattern.substring(colon + 1));
    }
}
