package fr.cctlint.referential;

import java.text.Normalizer;

/**
 * Folds a product or component name for comparison: case, accents, punctuation, spaces, {@code -} and {@code _}
 * do not count. {@code Node.js}, {@code nodejs} and {@code NODE-JS} all fold to {@code nodejs};
 * {@code LemonLDAP::NG} and {@code lemonldap-ng} to {@code lemonldapng}.
 */
public final class NameNormalizer {

    private NameNormalizer() {
    }

    /** The folded name: lower-case letters and digits only; empty for null or a name made only of punctuation. */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(folded::appendCodePoint);
        return folded.toString();
    }
}
