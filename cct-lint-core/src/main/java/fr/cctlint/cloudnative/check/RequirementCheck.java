package fr.cctlint.cloudnative.check;

import fr.cctlint.policy.Rule;

/**
 * One automated check of Cloud Native requirements, reading a project's files and inventory. One class per
 * check, registered once in {@link CheckRegistry}; the requirements it judges are declared in data
 * ({@code rules/cloud-native/requirements.yaml}, {@code automation.rules}).
 *
 * <p>A check never throws for bad input: a file it cannot read becomes a problem (CCT009) with file and line in
 * its result, and it goes on with the other files. It never runs anything and never reaches the network.
 * A secret's value never appears in a violation: name the key and the location, mask the value.
 */
public interface RequirementCheck {

    /** The rule its violations are reported under ({@link Rule#CN032}...). */
    Rule rule();

    CheckResult check(CheckContext context);
}
