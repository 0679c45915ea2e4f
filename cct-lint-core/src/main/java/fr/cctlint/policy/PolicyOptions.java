package fr.cctlint.policy;

/**
 * How strictly to judge.
 *
 * @param newProject the project is new or a rebuild: statuses "not for new work" (M) use their stricter
 *                   severity from the referential
 */
public record PolicyOptions(boolean newProject) {
    public static final PolicyOptions DEFAULT = new PolicyOptions(false);
}
