package fr.cctlint.cloudnative.check.config;

import java.util.List;
import java.util.Locale;

/** Configuration keys compared by their words: {@code spring.datasource.password}, {@code DB_PASSWORD}, {@code clientSecret}. */
final class ConfigKeys {
    private ConfigKeys() {
    }

    /** Lower-case words joined by {@code -}, list indexes dropped ({@code brokers[0]} is {@code brokers}): {@code spring.datasource.clientSecret} gives {@code spring-datasource-client-secret}. */
    static String normalise(String key) {
        String humps = key.replaceAll("\\[\\d+]", "").replaceAll("([a-z0-9])([A-Z])", "$1-$2");
        return String.join("-", List.of(humps.toLowerCase(Locale.ROOT).split("[^a-z0-9+]+")).stream()
                .filter(w -> !w.isEmpty()).toList());
    }

    /** Whether the normalised key ends with one of the endings (whole words). */
    static boolean endsWith(String normalised, List<String> endings) {
        for (String ending : endings) {
            if (normalised.equals(ending) || normalised.endsWith("-" + ending)) {
                return true;
            }
        }
        return false;
    }
}
