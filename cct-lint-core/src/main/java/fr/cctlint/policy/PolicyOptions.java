package fr.cctlint.policy;

import fr.cctlint.config.ProjectConfig;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How strictly to judge.
 *
 * @param newProject the project is new or a rebuild: statuses "not for new work" (M) use their stricter
 *                   severity from the referential
 * @param config     the project policy file (declarations, waivers, severity overrides, scopes)
 * @param today      the day waivers are checked against
 */
public record PolicyOptions(boolean newProject, ProjectConfig config, LocalDate today) {
    public static final PolicyOptions DEFAULT = new PolicyOptions(false);

    public PolicyOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(today, "today");
    }

    /** No project file, judged today. */
    public PolicyOptions(boolean newProject) {
        this(newProject, ProjectConfig.NONE, LocalDate.now(java.time.ZoneOffset.UTC));
    }
}
