package fr.cctlint.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Renders {@link Message}s in one language, from the bundles {@code fr/cctlint/i18n/<bundle>[_fr].properties}
 * (UTF-8). English is the root bundle; French is {@code _fr}. A missing key renders as the key itself, so a
 * gap is visible rather than fatal (tests check both languages have every key). Apostrophes in the bundles
 * are plain text, not MessageFormat quotes; pass numbers as strings when no grouping is wanted.
 */
public final class Messages {
    public static final String BASE = "fr.cctlint.i18n.";
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    public static Messages french() {
        return new Messages(Locale.FRENCH);
    }

    public Locale locale() {
        return locale;
    }

    public String render(Message message) {
        Object[] args = message.args().stream().map(a -> a instanceof Message m ? render(m) : a).toArray();
        return get(message.key(), args);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            String bundleName = key.substring(0, Math.max(0, key.indexOf('.')));
            ResourceBundle bundle = ResourceBundle.getBundle(BASE + bundleName, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            pattern = bundle.getString(key);
        } catch (MissingResourceException | IllegalArgumentException e) {
            return key;
        }
        // Apostrophes are plain text in our bundles (French is full of them): escape them for MessageFormat.
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }
}
