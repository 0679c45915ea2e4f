package fr.cctlint.policy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rule catalogue. Ids are stable; names, descriptions and help live in the {@code rules} message bundle
 * ({@code rules.CCT001.name}, {@code .short}, {@code .full}, {@code .help}) and are documented in
 * {@code rules/README.md}. Severities of status rules come from the referential's status definitions; the
 * severity here is the default for the others.
 */
public enum Rule {
    CCT001("unlisted-operated-component", Severity.ERROR),
    CCT002("status-maintained", Severity.WARNING),
    CCT003("status-observation", Severity.WARNING),
    CCT004("status-allowed-with-conditions", Severity.NOTE),
    CCT005("version-not-listed", Severity.WARNING),
    CCT006("incomplete-embedded-declaration", Severity.ERROR),
    CCT007("waiver-expired-or-dangling", Severity.WARNING),
    CCT008("inferred-service-unlisted", Severity.ERROR),
    CCT009("unreadable-input", Severity.ERROR);

    private final String slug;
    private final Severity defaultSeverity;

    Rule(String slug, Severity defaultSeverity) {
        this.slug = slug;
        this.defaultSeverity = defaultSeverity;
    }

    public String id() {
        return name();
    }

    /** A short kebab-case name, used as the SARIF rule name. */
    public String slug() {
        return slug;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(id)).findFirst();
    }
}
