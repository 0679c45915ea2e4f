package fr.cctlint.referential;

import java.util.Objects;

/**
 * How a published version text ("Version" column) was read.
 *
 * @param text       the text as published, verbatim
 * @param constraint the constraint read from it; {@link VersionConstraints#ANY} when the text names no version
 *                   or could not be read
 * @param reading    what kind of reading it was
 */
public record PublishedVersion(String text, VersionConstraint constraint, Reading reading) {

    /** The kinds of published version texts. */
    public enum Reading {
        /** Nothing published: any version. */
        EMPTY,
        /** A phrase naming no number ("Version SILL", "LTS", "Dernière version stable"): any version. */
        ANY_VERSION_PHRASE,
        /** A version line: {@code 2.4}, {@code 1.x}, {@code 3.X}. */
        LINE,
        /** A bound: {@code >5.5}, {@code > = 2.8}, {@code ≥ 5.1}, {@code 3.5 et +}. */
        RANGE,
        /** One version number among words, read as its line: {@code RHEL 7}, {@code 12 SP1}, {@code 12c}. */
        NUMBER_IN_TEXT,
        /** Not understood: treated as any version, and reported. */
        UNREADABLE
    }

    public PublishedVersion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(reading, "reading");
    }

    public boolean readable() {
        return reading != Reading.UNREADABLE;
    }
}
