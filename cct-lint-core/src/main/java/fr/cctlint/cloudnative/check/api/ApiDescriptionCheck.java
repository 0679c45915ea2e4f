package fr.cctlint.cloudnative.check.api;

import fr.cctlint.cloudnative.check.CheckContext;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.RequirementCheck;

import fr.cctlint.policy.Rule;

/**
 * Rule CN046 (Cloud Native requirements EX46 and EX54): a service that exposes HTTP provides a description of its
 * API. A module exposes HTTP when it declares a web framework; it is met by an OpenAPI / Swagger description file
 * of the project, a generator library, or a framework that describes itself. Knowledge and decisions:
 * {@code rules/cloud-native/api.yaml} and {@code API.md}.
 */
public final class ApiDescriptionCheck implements RequirementCheck {
    private final ApiKnowledge knowledge;

    public ApiDescriptionCheck(ApiKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** With the knowledge shipped with cct-lint. */
    public ApiDescriptionCheck() {
        this(ApiKnowledge.bundled());
    }

    @Override
    public Rule rule() {
        return Rule.CN046;
    }

    @Override
    public CheckResult check(CheckContext context) {
        return new ApiScanner(knowledge).scan(rule(), context);
    }
}
