package fr.cctlint.referential;

import fr.cctlint.model.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A referential file that is not on disk: the bytes of a file of a git revision, named as the messages show it
 * ({@code REV:cct/extra.yaml}), or the problem that kept it from being read (missing from the revision, outside
 * it). {@link ReferentialLoader#layered(List, List)} reads it exactly as a file on disk, and reports the problem
 * with the file's own problems.
 *
 * @param label   the file as shown in messages and in the referential's provenance
 * @param bytes   its content; null when {@code problem} is set
 * @param problem why it could not be read; null when {@code bytes} is set
 */
public record ReferentialSource(String label, byte[] bytes, Problem problem) {

    public ReferentialSource {
        Objects.requireNonNull(label, "label");
        if ((bytes == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of bytes and problem");
        }
        bytes = bytes == null ? null : bytes.clone();
    }

    /** A file that was read. */
    public static ReferentialSource of(String label, byte[] bytes) {
        return new ReferentialSource(label, Objects.requireNonNull(bytes, "bytes"), null);
    }

    /** A file that could not be read. */
    public static ReferentialSource unreadable(String label, Problem problem) {
        return new ReferentialSource(label, null, Objects.requireNonNull(problem, "problem"));
    }

    /** A copy of the content (null when unread). */
    @Override
    public byte[] bytes() {
        return bytes == null ? null : bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReferentialSource other && label.equals(other.label)
                && Arrays.equals(bytes, other.bytes) && Objects.equals(problem, other.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, Arrays.hashCode(bytes), problem);
    }

    @Override
    public String toString() {
        return "ReferentialSource[" + label + (problem != null ? ", " + problem : ", " + bytes.length + " bytes") + "]";
    }
}
