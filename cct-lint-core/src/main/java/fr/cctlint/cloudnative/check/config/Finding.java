package fr.cctlint.cloudnative.check.config;

/**
 * What CN047 concluded about one configuration value.
 *
 * @param kind   what the value is ({@code secretKey}, {@code urlCredentials}, {@code literalHost}, a
 *               {@link ConfigKnowledge.SecretValue#name()}...): picks the message {@code cnconfig.kind.<kind>}
 * @param secret the part of the value that must never be shown (masked in quoted lines), or null for a host
 * @param fine   true when the value was judged and is fine (a reference, a service name): evidence for "met"
 */
record Finding(String kind, String secret, boolean fine) {
    static final String SECRET_KEY = "secretKey";
    static final String DEFAULT_SECRET = "defaultSecret";
    static final String URL_CREDENTIALS = "urlCredentials";
    static final String CONNECTION_HOST = "connectionHost";
    static final String LITERAL_HOST = "literalHost";
    static final String SECRET_OBJECT = "secretObject";

    static Finding ok() {
        return new Finding("fine", null, true);
    }

    /** Whether it is about a secret (message and masking), not a host. */
    boolean aboutSecret() {
        return secret != null;
    }
}
