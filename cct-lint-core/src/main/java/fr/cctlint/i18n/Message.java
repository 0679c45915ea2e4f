package fr.cctlint.i18n;

import java.util.List;
import java.util.Objects;

/**
 * A user-facing text kept as a key and arguments until a reporter renders it in the user's language.
 * The key's first segment names the bundle: {@code sbom.invalidJson} lives in {@code fr/cctlint/i18n/sbom*.properties}.
 * Arguments are rendered with {@link java.text.MessageFormat}: pass strings, numbers, or other messages
 * (rendered in the same language first).
 */
public record Message(String key, List<Object> args) {
    public Message {
        Objects.requireNonNull(key, "key");
        if (key.indexOf('.') <= 0) {
            throw new IllegalArgumentException("message key needs a bundle prefix: " + key);
        }
        args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static Message of(String key, Object... args) {
        return new Message(key, java.util.Arrays.asList(args));
    }

    /** The bundle name, the key's first segment. */
    public String bundle() {
        return key.substring(0, key.indexOf('.'));
    }
}
