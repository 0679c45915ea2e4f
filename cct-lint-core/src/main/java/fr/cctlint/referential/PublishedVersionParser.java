package fr.cctlint.referential;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the free text of the "Version" column of the CCT tables into a {@link VersionConstraint}. Every decision is
 * documented in {@code rules/referential/README.md}; in short:
 * <ul>
 *   <li>empty, or a phrase naming no number ({@code Version SILL}, {@code Version distrib}, {@code LTS},
 *       {@code Dernière version stable}...): any version, the text is kept for reports;</li>
 *   <li>{@code 2.4}, {@code 1.x}, {@code 3.X}, {@code 2.3.x} (and {@code I.x}, a typo for 1.x): that line;</li>
 *   <li>{@code >5.5}, {@code <12}, {@code > = 2.8}, {@code ≥ 5.1}: that bound; {@code 3.5 et +},
 *       {@code 6 et sup.}: at least that version;</li>
 *   <li>one version number among words ({@code RHEL 7}, {@code 9 – Version SILL}, {@code 4.4 LTS},
 *       {@code 12 SP1}, {@code 12c}, {@code V3}, {@code XI-R3.1}, {@code 6.3.3m}): that number's line;</li>
 *   <li>anything else (no number, several numbers, an operator it does not know): unreadable, any version,
 *       reported by the importer.</li>
 * </ul>
 */
public final class PublishedVersionParser {

    /** Phrases (compared lower case, without accents, quotes nor extra spaces) that name no particular version. */
    private static final Set<String> ANY_VERSION_PHRASES = Set.of(
            "version distrib", "version distribution", "version sill", "lts", "version lts",
            "version stable de l editeur", "derniere version stable", "derniere version supportee",
            "version lts ou esr disponible", "version anssi");

    private static final String NUMBER = "(\\d{1,18}(?:\\.\\d{1,18})*)";
    private static final Pattern LINE = Pattern.compile("^" + NUMBER + "(?:\\.[xX])?$");
    private static final Pattern LINE_ROMAN_ONE = Pattern.compile("^I((?:\\.\\d{1,18})*)\\.[xX]$");
    private static final Pattern BOUND = Pattern.compile("^(>\\s*=|<\\s*=|≥|≤|>|<|=)\\s*" + NUMBER + "$");
    private static final Pattern AT_LEAST = Pattern.compile("^" + NUMBER + "\\s*(?:et\\s*\\+|et\\s+sup\\.?|et\\s+sup[ée]rieure?s?|\\+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SERVICE_PACK = Pattern.compile("\\bSP\\s?\\d+\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");
    private static final Pattern OPERATOR_CHARS = Pattern.compile("[<>=≥≤+]");

    /** Reads one published text; never throws. */
    public PublishedVersion parse(String published) {
        String text = published == null ? "" : published;
        String clean = normalizeSpaces(text);
        if (clean.isEmpty()) {
            return new PublishedVersion(text, VersionConstraints.ANY, PublishedVersion.Reading.EMPTY);
        }
        if (ANY_VERSION_PHRASES.contains(phraseKey(clean))) {
            return new PublishedVersion(text, VersionConstraints.ANY, PublishedVersion.Reading.ANY_VERSION_PHRASE);
        }
        Matcher m = LINE.matcher(clean);
        if (m.matches()) {
            return line(text, m.group(1), PublishedVersion.Reading.LINE);
        }
        m = LINE_ROMAN_ONE.matcher(clean);
        if (m.matches()) {
            return line(text, "1" + m.group(1), PublishedVersion.Reading.LINE);
        }
        m = BOUND.matcher(clean);
        if (m.matches()) {
            String op = switch (m.group(1).replaceAll("\\s", "")) {
                case "≥" -> ">=";
                case "≤" -> "<=";
                default -> m.group(1).replaceAll("\\s", "");
            };
            return new PublishedVersion(text, VersionConstraints.bounded(op, number(m.group(2))),
                    PublishedVersion.Reading.RANGE);
        }
        m = AT_LEAST.matcher(clean);
        if (m.matches()) {
            return new PublishedVersion(text, VersionConstraints.bounded(">=", number(m.group(1))),
                    PublishedVersion.Reading.RANGE);
        }
        return numberInText(text, clean);
    }

    /** One number among words: its line; no number, several numbers or an operator: unreadable. */
    private PublishedVersion numberInText(String text, String clean) {
        String withoutServicePack = SERVICE_PACK.matcher(clean).replaceAll(" ");
        if (OPERATOR_CHARS.matcher(withoutServicePack).find()) {
            return unreadable(text);
        }
        Matcher numbers = ANY_NUMBER.matcher(withoutServicePack);
        if (!numbers.find()) {
            return unreadable(text);
        }
        String found = numbers.group();
        if (numbers.find()) {
            return unreadable(text);
        }
        return VersionNumber.read(found)
                .map(n -> new PublishedVersion(text, VersionConstraints.line(n),
                        PublishedVersion.Reading.NUMBER_IN_TEXT))
                .orElseGet(() -> unreadable(text));
    }

    private static PublishedVersion line(String text, String digits, PublishedVersion.Reading reading) {
        return new PublishedVersion(text, VersionConstraints.line(number(digits)), reading);
    }

    private static VersionNumber number(String digits) {
        return VersionNumber.read(digits).orElseThrow();
    }

    private static PublishedVersion unreadable(String text) {
        return new PublishedVersion(text, VersionConstraints.ANY, PublishedVersion.Reading.UNREADABLE);
    }

    /** Non-breaking spaces and runs of blanks become one space; trimmed. */
    private static String normalizeSpaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Lower case, no accents, quotes and apostrophes as spaces, single spaces. */
    private static String phraseKey(String text) {
        String noAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT)
                .replaceAll("[«»\"'’‘]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
