package fr.cctlint.referential;

import fr.cctlint.policy.Severity;

/**
 * What a status letter means and how it is enforced. Lives in the referential file, not in code.
 *
 * @param letter              R, A, M, O...
 * @param labelEn             e.g. "recommended"
 * @param labelFr             e.g. "recommandé"
 * @param rule                the rule a component with this status triggers (CCT002...), or null when it passes
 * @param severity            the severity of that finding
 * @param newProjectSeverity  the severity when the project is new ({@code --new-project}); same as severity when null
 */
public record StatusDefinition(String letter, String labelEn, String labelFr, String rule, Severity severity,
        Severity newProjectSeverity) {

    public Severity severityFor(boolean newProject) {
        return newProject && newProjectSeverity != null ? newProjectSeverity : severity;
    }

    public boolean passes() {
        return rule == null;
    }
}
