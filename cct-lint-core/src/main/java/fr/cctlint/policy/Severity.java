package fr.cctlint.policy;

import java.util.Locale;

/** How serious a finding is; the order is the order of {@code --fail-on}. */
public enum Severity {
    NONE, NOTE, WARNING, ERROR;

    public static Severity parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    /** The SARIF level: {@code error}, {@code warning}, {@code note}, {@code none}. */
    public String sarifLevel() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
