package fr.cctlint.cloudnative.check.capability;

/** What a library gives an application, as {@code rules/cloud-native/capabilities.yaml} lists it. */
public enum Capability {
    /** A {@code /health} endpoint (Spring Boot actuator, NestJS terminus...). */
    HEALTH("health"),
    /** A Prometheus {@code /metrics} endpoint (Micrometer's Prometheus registry, prom-client...). */
    METRICS("metrics"),
    /** An OpenID Connect or SAML client, a Keycloak adapter, a resource server validating the SSO's tokens. */
    IDENTITY("identity"),
    /** Password hashing: the application seems to keep its own password store. */
    PASSWORD_HASHING("passwordHashing");

    private final String key;

    Capability(String key) {
        this.key = key;
    }

    /** The key of its list under {@code libraries:} in the data file. */
    public String key() {
        return key;
    }
}
