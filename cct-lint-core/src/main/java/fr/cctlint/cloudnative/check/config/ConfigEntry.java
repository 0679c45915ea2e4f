package fr.cctlint.cloudnative.check.config;

import java.util.Objects;

/**
 * One configuration value where it was written. The value is held only to be judged: it never leaves the check.
 *
 * @param file         tree path
 * @param line         1-based line of the key (of the list item for {@code - KEY=value})
 * @param key          the key as a reader would name it ({@code spring.datasource.password}, {@code DB_PASSWORD})
 * @param value        the value as the application would read it (unquoted, unescaped)
 * @param where        what holds it, language-neutral: the file name, {@code services.api}, {@code Deployment/api}
 * @param tolerated    written for a developer's machine or for tests (dev, local, test profiles)
 * @param secretObject a value of a Kubernetes Secret
 */
public record ConfigEntry(String file, int line, String key, String value, String where, boolean tolerated,
        boolean secretObject) {
    public ConfigEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(where, "where");
    }
}
