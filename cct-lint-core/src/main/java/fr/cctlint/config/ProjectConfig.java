package fr.cctlint.config;

import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import java.util.List;
import java.util.Map;

/**
 * The project policy file ({@code .cct-lint.yaml}): its keys are a user-facing contract. Values absent from the
 * file are null (booleans) or empty, so command-line options can win where both are given.
 *
 * @param file         the file as shown in messages, or null when there is none
 * @param newProject   M statuses are errors (not for new work); null when not said
 * @param cloudNative  Cloud Native requirements checked; null when not said
 * @param referentials referential files layered on the bundled one, relative to the file's folder
 * @param exclude      globs relative to the scanned root
 * @param includeDev   components of dev/build scopes are judged ({@code scopes.dev})
 * @param includeTest  components of test scope are judged ({@code scopes.test})
 * @param severity     per-rule severity overrides
 * @param embedded     embedded-software declarations
 * @param waivers      derogations
 */
public record ProjectConfig(String file, Boolean newProject, Boolean cloudNative, List<String> referentials,
        List<String> exclude, boolean includeDev, boolean includeTest, Map<Rule, Severity> severity,
        List<EmbeddedDeclaration> embedded, List<Waiver> waivers) {

    public static final String FILE_NAME = ".cct-lint.yaml";
    public static final ProjectConfig NONE = new ProjectConfig(null, null, null, List.of(), List.of(), false, false,
            Map.of(), List.of(), List.of());

    public ProjectConfig {
        referentials = List.copyOf(referentials);
        exclude = List.copyOf(exclude);
        severity = Map.copyOf(severity);
        embedded = List.copyOf(embedded);
        waivers = List.copyOf(waivers);
    }
}
