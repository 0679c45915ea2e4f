package fr.cctlint.cloudnative.check.capability;

import java.util.List;

/**
 * Configuration that shows an OpenID Connect, SAML or Keycloak client.
 *
 * @param files               file names of a Keycloak adapter configuration ({@code keycloak.json})
 * @param propertyPrefixes    Spring configuration keys ({@code spring.security.oauth2.client}): a key equal to one
 *                            or below it
 * @param environmentPrefixes environment variable name prefixes ({@code KEYCLOAK_}), compared ignoring case
 */
public record IdentityConfiguration(List<String> files, List<String> propertyPrefixes, List<String> environmentPrefixes) {
    public IdentityConfiguration {
        files = List.copyOf(files);
        propertyPrefixes = List.copyOf(propertyPrefixes);
        environmentPrefixes = List.copyOf(environmentPrefixes);
    }
}
