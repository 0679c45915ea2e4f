package fr.cctlint.policy;

import java.util.Arrays;
import java.util.List;
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
    CCT009("unreadable-input", Severity.ERROR),
    CN014("production-changed-from-ci", Severity.WARNING, "EX14"),
    CN025("health-or-metrics-missing", Severity.WARNING, "EX25"),
    CN029("image-os-not-lts", Severity.WARNING, "EX29"),
    CN032("container-root-or-low-port", Severity.WARNING, "EX32"),
    CN046("api-description-missing", Severity.WARNING, "EX46", "EX54"),
    CN047("hard-coded-configuration", Severity.WARNING, "EX47"),
    CN056("user-identification-not-sso", Severity.WARNING, "EX56");

    private final String slug;
    private final Severity defaultSeverity;
    private final List<String> requirements;

    Rule(String slug, Severity defaultSeverity, String... requirements) {
        this.slug = slug;
        this.defaultSeverity = defaultSeverity;
        this.requirements = List.of(requirements);
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

    /**
     * The Cloud Native requirements ({@code EX32}...) this rule checks; empty for the referential rules. Their
     * severity comes from the requirement's type in {@code rules/cloud-native/requirements.yaml}.
     */
    public List<String> requirements() {
        return requirements;
    }

    public boolean cloudNative() {
        return !requirements.isEmpty();
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(id)).findFirst();
    }

    /** The rule that checks a Cloud Native requirement ({@code EX32}), if one does. */
    public static Optional<Rule> byRequirement(String requirement) {
        return Arrays.stream(values()).filter(r -> r.requirements.stream().anyMatch(x -> x.equalsIgnoreCase(requirement)))
                .findFirst();
    }
}
