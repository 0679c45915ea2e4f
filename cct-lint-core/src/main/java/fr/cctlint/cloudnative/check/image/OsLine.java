package fr.cctlint.cloudnative.check.image;

import java.util.Objects;

/**
 * An operating system line images run on ({@code debian-12}, {@code alpine}, {@code ubuntu-interim}...), as
 * {@code rules/cloud-native/image-os.yaml} defines it.
 *
 * @param id      the data's key
 * @param name    the name shown to users (product names and versions: the same in every language)
 * @param verdict whether it meets EX29
 * @param reason  why it fails ({@code alpine}, {@code non-lts}, {@code end-of-life}, {@code testing},
 *                {@code undetermined}, {@code short-lifecycle}: a key of the {@code cncontainer} bundle), else null
 * @param instead what to use instead (names of lines and tags), else null
 */
public record OsLine(String id, String name, Verdict verdict, String reason, String instead) {
    public OsLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** Whether a line meets EX29. */
    public enum Verdict { PASS, FAIL, UNKNOWN }
}
