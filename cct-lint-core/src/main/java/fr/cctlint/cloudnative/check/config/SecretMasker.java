package fr.cctlint.cloudnative.check.config;

import fr.cctlint.cloudnative.check.support.Secrets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks secrets in every line a check quotes, keeping the key and the structure: {@code password=****},
 * {@code postgresql://app:****@db:5432/app}, {@code jdbc:sqlserver://h;password=****}, and values that look like
 * credentials whatever their key (private keys, tokens: from {@link ConfigKnowledge#secretValues()}).
 */
public final class SecretMasker {
    public static final String MASK = Secrets.MASK;
    private final List<Pattern> secretValues;

    public SecretMasker(ConfigKnowledge knowledge) {
        this.secretValues = knowledge.secretValues().stream().map(ConfigKnowledge.SecretValue::pattern).toList();
    }

    /**
     * The line with every secret its form shows masked (URL passwords and password parameters,
     * {@link Secrets#connectionPasswords}) and the values the knowledge base recognises as credentials.
     */
    public String mask(String line) {
        String out = Secrets.connectionPasswords(line);
        for (Pattern p : secretValues) {
            out = p.matcher(out).replaceAll(MASK);
        }
        return out;
    }

    /**
     * The line with {@code secret} masked after the key's separator (the first {@code =} or {@code :}): every
     * occurrence of it, or, when the line does not show it verbatim (escaped, continued on the next lines), all
     * that follows the separator. The key itself is kept.
     */
    public String mask(String line, String secret) {
        String out = mask(line);
        if (secret == null || secret.isEmpty()) {
            return out;
        }
        int sep = separator(out);
        String head = sep < 0 ? "" : out.substring(0, sep + 1);
        String tail = sep < 0 ? out : out.substring(sep + 1);
        if (tail.contains(secret)) {
            tail = tail.replace(secret, MASK);
        } else if (!tail.contains(MASK)) {
            tail = tail.isBlank() || sep < 0 ? MASK : " " + MASK;
        }
        return head + tail;
    }

    private static int separator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }
}
