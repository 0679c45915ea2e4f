package fr.cctlint.cloudnative.check.config;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges one configuration value by its key and its text (rule CN047). In this order:
 * <ol>
 * <li>a value that looks like a credential whatever its key (private key, AWS key, GitHub token, JWT...) is
 *     reported everywhere, tolerated profiles included;</li>
 * <li>a value of a Kubernetes Secret that is not a reference is a secret committed to the repository;</li>
 * <li>references ({@code ${VAR}}, {@code $(VAR)}, {@code {{ }}}...) are fine, except a default value of a secret
 *     key that is itself a literal ({@code ${DB_PASSWORD:admin}}) and a literal password in a URL around them;</li>
 * <li>in a tolerated profile (dev, local, test), nothing else is reported;</li>
 * <li>a secret key with a non-empty literal value; a URL with a password; a connection string or a host key
 *     naming a literal host (not the machine itself, not a single-label or in-cluster service name).</li>
 * </ol>
 */
final class ValueJudge {
    private static final Set<String> NOT_SECRETS = Set.of("true", "false", "yes", "no", "on", "off", "null", "~",
            "none", "\"\"", "''");
    private static final Pattern BARE_HOST = Pattern.compile(
            "(?i)(\\[[0-9a-f:]+]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)(:\\d{1,5})?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern DOMAIN = Pattern.compile("(?i).+\\.[a-z][a-z0-9-]*");

    private final ConfigKnowledge knowledge;

    ValueJudge(ConfigKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The finding about an entry; empty when there is nothing to say (an ordinary setting, a tolerated one). */
    Optional<Finding> judge(ConfigEntry entry) {
        String value = entry.value() == null ? "" : entry.value().strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (ConfigKnowledge.SecretValue pattern : knowledge.secretValues()) {
            Matcher m = pattern.pattern().matcher(value);
            if (m.find()) {
                return Optional.of(new Finding(pattern.name(), m.group(), false));
            }
        }
        References refs = References.of(value);
        String key = ConfigKeys.normalise(entry.key());
        boolean secretKey = ConfigKeys.endsWith(key, knowledge.secretKeys());
        boolean hostKey = ConfigKeys.endsWith(key, knowledge.hostKeys());
        if (entry.secretObject()) {
            return refs.any() || pointsElsewhere(value) ? Optional.of(Finding.ok())
                    : Optional.of(new Finding(Finding.SECRET_OBJECT, value, false));
        }
        if (refs.any()) {
            if (!entry.tolerated()) {
                if (secretKey) {
                    for (String d : refs.defaults()) {
                        if (literalSecret(d) && !d.contains("$")) {
                            return Optional.of(new Finding(Finding.DEFAULT_SECRET, d.strip(), false));
                        }
                    }
                }
                Optional<Finding> url = urlPassword(value);
                if (url.isPresent()) {
                    return url;
                }
            }
            ConnectionString cs = ConnectionString.parse(value);
            return secretKey || hostKey || (cs != null && connection(cs)) ? Optional.of(Finding.ok()) : Optional.empty();
        }
        if (entry.tolerated()) {
            return Optional.empty();
        }
        if (secretKey) {
            return literalSecret(value) && !pointsElsewhere(value)
                    ? Optional.of(new Finding(Finding.SECRET_KEY, value, false)) : Optional.of(Finding.ok());
        }
        ConnectionString cs = ConnectionString.parse(value);
        if (cs != null) {
            if (cs.password() != null) {
                return Optional.of(new Finding(Finding.URL_CREDENTIALS, cs.password(), false));
            }
            boolean connection = connection(cs);
            if (!connection && !hostKey) {
                return Optional.empty();
            }
            boolean literal = cs.hosts().stream().anyMatch(this::literalHost);
            return literal ? Optional.of(new Finding(connection ? Finding.CONNECTION_HOST : Finding.LITERAL_HOST,
                    null, false)) : Optional.of(Finding.ok());
        }
        if (hostKey) {
            boolean literal = false;
            for (String token : value.split("[,\\s]+")) {
                if (!token.isEmpty() && BARE_HOST.matcher(token).matches()) {
                    int colon = token.startsWith("[") ? token.indexOf(']') + 1 : token.indexOf(':');
                    String host = colon > 0 && colon < token.length() ? token.substring(0, colon) : token;
                    literal |= (IPV4.matcher(host).matches() || DOMAIN.matcher(host).matches()) && literalHost(host);
                }
            }
            return literal ? Optional.of(new Finding(Finding.LITERAL_HOST, null, false)) : Optional.of(Finding.ok());
        }
        return Optional.empty();
    }

    private Optional<Finding> urlPassword(String value) {
        ConnectionString cs = ConnectionString.parse(References.of(value).literal());
        if (cs != null && cs.password() != null && !cs.password().contains(References.MARK)) {
            return Optional.of(new Finding(Finding.URL_CREDENTIALS, cs.password(), false));
        }
        return Optional.empty();
    }

    private boolean connection(ConnectionString cs) {
        return cs.schemes().stream().anyMatch(knowledge.connectionSchemes()::contains);
    }

    private static boolean literalSecret(String value) {
        String v = value.strip();
        return !v.isEmpty() && !NOT_SECRETS.contains(v.toLowerCase(Locale.ROOT));
    }

    private boolean pointsElsewhere(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return knowledge.referencePrefixes().stream().anyMatch(v::startsWith);
    }

    /** Whether a host is environment-specific: not the machine itself, not a service name. */
    boolean literalHost(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.isEmpty() || h.contains(References.MARK) || knowledge.localHosts().contains(h)) {
            return false;
        }
        if (!h.contains(".") && !h.contains(":")) {
            return false; // a single-label name: a compose service, a Kubernetes service of the same namespace
        }
        return knowledge.serviceSuffixes().stream().noneMatch(h::endsWith);
    }
}
