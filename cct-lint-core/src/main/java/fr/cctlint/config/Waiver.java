package fr.cctlint.config;

import fr.cctlint.model.Evidence;
import java.time.LocalDate;

/**
 * A derogation granted by the architecture committee: it suppresses the findings of one rule on the matching
 * components, or in the matching files, until it expires.
 *
 * @param rule       the rule id it waives (CCT002...)
 * @param component  the components it covers: a purl (prefix or glob) or a bare product name; null when the
 *                   waiver covers files only
 * @param reason     why it was granted
 * @param approvedBy who granted it
 * @param approved   when it was granted, or null
 * @param expires    the last day it applies, or null (no end: allowed, but reports show it)
 * @param origin     where it is written in the project file
 * @param path       a glob of the files whose findings it covers (a Cloud Native finding about a configuration
 *                   file has no component), relative to the scanned root; null when not restricted to files
 */
public record Waiver(String rule, String component, String reason, String approvedBy, LocalDate approved,
        LocalDate expires, Evidence origin, String path) {

    /** A waiver of components, in any file. */
    public Waiver(String rule, String component, String reason, String approvedBy, LocalDate approved,
            LocalDate expires, Evidence origin) {
        this(rule, component, reason, approvedBy, approved, expires, origin, null);
    }

    /** What it covers, as the project file writes it: the component, the path glob, or both. */
    public String covers() {
        if (component == null) {
            return path;
        }
        return path == null ? component : component + " (" + path + ")";
    }

    /** True when the waiver no longer applies on that day. */
    public boolean expiredOn(LocalDate day) {
        return expires != null && day.isAfter(expires);
    }
}
