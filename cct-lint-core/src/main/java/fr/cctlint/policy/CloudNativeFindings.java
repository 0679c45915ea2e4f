package fr.cctlint.policy;

import fr.cctlint.cloudnative.Requirements;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a Cloud Native check's violation becomes a finding: the check's rule, the severity of the requirement's
 * type (from {@code rules/cloud-native/requirements.yaml}), a message that names the requirement
 * ({@code EX32: ...}), and a fingerprint from the rule, the input and the violation's subject, so that it
 * survives line moves. The {@link PolicyEngine} then applies the project's overrides and waivers to it like to
 * any other finding.
 */
public final class CloudNativeFindings {
    private final Requirements requirements;

    public CloudNativeFindings(Requirements requirements) {
        this.requirements = Objects.requireNonNull(requirements, "requirements");
    }

    public List<Finding> of(String input, List<CheckResult> results) {
        List<Finding> findings = new ArrayList<>();
        for (CheckResult result : results) {
            Rule rule = result.rule();
            Severity severity = requirements.severity(rule);
            String ids = String.join(", ", rule.requirements());
            for (Violation v : result.violations()) {
                findings.add(new Finding(rule, severity, v.component(), null,
                        Message.of("cloudnative.finding", ids, v.message()), v.location(),
                        Fingerprints.of(rule.id(), Fingerprints.input(input), v.subject())));
            }
        }
        return findings;
    }
}
