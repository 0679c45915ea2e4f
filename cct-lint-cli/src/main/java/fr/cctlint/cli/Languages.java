package fr.cctlint.cli;

import java.util.Locale;

/**
 * Picks the user's language before the command line is parsed, so that help and parse errors are in it too:
 * {@code --lang fr|en} (or {@code --lang=fr}), else the default locale (French when it is French, else English).
 */
final class Languages {
    private Languages() {
    }

    static Locale choose(String[] args, Locale defaultLocale) {
        String chosen = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                chosen = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                chosen = args[i].substring("--lang=".length());
            }
        }
        String language = chosen != null ? chosen : defaultLocale.getLanguage();
        return "fr".equalsIgnoreCase(language.strip()) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
