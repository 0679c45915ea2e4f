package fr.cctlint.config;

import fr.cctlint.model.Evidence;
import java.time.LocalDate;

/**
 * A derogation granted by the architecture committee: it suppresses the findings of one rule on the matching
 * components until it expires.
 *
 * @param rule       the rule id it waives (CCT002...)
 * @param component  the components it covers: a purl (prefix or glob) or a bare product name
 * @param reason     why it was granted
 * @param approvedBy who granted it
 * @param approved   when it was granted, or null
 * @param expires    the last day it applies, or null (no end: allowed, but reports show it)
 * @param origin     where it is written in the project file
 */
public record Waiver(String rule, String component, String reason, String approvedBy, LocalDate approved,
        LocalDate expires, Evidence origin) {

    /** True when the waiver no longer applies on that day. */
    public boolean expiredOn(LocalDate day) {
        return expires != null && day.isAfter(expires);
    }
}
