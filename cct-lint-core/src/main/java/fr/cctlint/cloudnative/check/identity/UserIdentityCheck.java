package fr.cctlint.cloudnative.check.identity;

import fr.cctlint.cloudnative.check.CheckContext;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.RequirementCheck;
import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.cloudnative.check.capability.Capabilities;
import fr.cctlint.cloudnative.check.capability.CapabilitiesLoader;
import fr.cctlint.cloudnative.check.capability.Capability;
import fr.cctlint.cloudnative.check.support.FileProblems;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import fr.cctlint.policy.Rule;
import fr.cctlint.referential.PurlPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * EX56 (CN056): users are identified through the ministry's agent SSO and/or FranceConnect.
 *
 * <ul>
 * <li>An OpenID Connect or SAML client library, a Keycloak adapter, a resource server validating the SSO's tokens
 * (test and build scopes aside), or identity configuration (see {@link IdentityConfigurationFinder}) is evidence that
 * the requirement is met.</li>
 * <li>Without any, a password hashing library the project declares itself (not one pulled in through a lockfile)
 * is a violation, for the reviewer to verify: the project seems to keep its own password store.</li>
 * <li>Neither: nothing to judge (not applicable).</li>
 * </ul>
 */
public final class UserIdentityCheck implements RequirementCheck {
    private static final Set<Scope> APPLICATION_SCOPES = Set.of(Scope.RUNTIME, Scope.OPTIONAL, Scope.PROVIDED);

    private final Capabilities capabilities;
    private final IdentityConfigurationFinder configuration;

    public UserIdentityCheck(Capabilities capabilities) {
        this.capabilities = capabilities;
        this.configuration = new IdentityConfigurationFinder(capabilities.identityConfiguration());
    }

    /** With the bundled knowledge. */
    public UserIdentityCheck() {
        this(CapabilitiesLoader.bundled());
    }

    @Override
    public Rule rule() {
        return Rule.CN056;
    }

    @Override
    public CheckResult check(CheckContext context) {
        FileProblems problems = new FileProblems(context.inventory());
        List<Component> components = context.inventory().components();
        List<Evidence> identity = new ArrayList<>();
        for (Component c : components) {
            if (APPLICATION_SCOPES.contains(c.scope()) && c.primaryEvidence() != null
                    && capabilities.provides(Capability.IDENTITY, c).isPresent()) {
                identity.add(c.primaryEvidence());
            }
        }
        identity.addAll(configuration.find(context.tree(), context.paths(), components, problems));
        List<Violation> violations = new ArrayList<>();
        if (identity.isEmpty()) {
            for (Component c : components) {
                if (!APPLICATION_SCOPES.contains(c.scope())
                        || capabilities.provides(Capability.PASSWORD_HASHING, c).isEmpty()) {
                    continue;
                }
                Optional<Evidence> declared = c.evidence().stream()
                        .filter(e -> !capabilities.isLockfile(e.file())).findFirst();
                declared.ifPresent(e -> violations.add(new Violation(e,
                        Message.of("cnops.identity.ownPasswords", c.displayName()), "password-hashing:"
                        + PurlPattern.tryParse(c.purl()).map(PurlPattern::key).orElse(c.name()), c)));
            }
        }
        return new CheckResult(rule(), violations, identity, problems.all());
    }
}
