package fr.cctlint.cloudnative.check.config;

import fr.cctlint.cloudnative.check.CheckContext;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.RequirementCheck;

import fr.cctlint.policy.Rule;

/**
 * Rule CN047 (Cloud Native requirement EX47): configuration is never hard-coded. Reads Spring
 * {@code application*} / {@code bootstrap*} files, {@code .env} files, compose {@code environment:}, and
 * Kubernetes {@code env:}, ConfigMaps and Secrets; reports literal secrets, connection strings with credentials
 * or fixed hosts, and fixed hosts in host/URL keys. A secret's value never leaves the check: quoted lines go
 * through {@link SecretMasker}, messages and subjects name the key only. What is flagged and what is not:
 * {@code rules/cloud-native/CONFIG.md}.
 */
public final class HardCodedConfigCheck implements RequirementCheck {
    private final ConfigKnowledge knowledge;

    public HardCodedConfigCheck(ConfigKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** With the knowledge shipped with cct-lint. */
    public HardCodedConfigCheck() {
        this(ConfigKnowledge.bundled());
    }

    @Override
    public Rule rule() {
        return Rule.CN047;
    }

    @Override
    public CheckResult check(CheckContext context) {
        return new ConfigScanner(knowledge, context.tree(), context.paths()).scan(rule());
    }
}
