package fr.cctlint.config;

import fr.cctlint.model.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * A supplier's guarantees that a component not in the referential is embedded software (CCT guide: installed
 * and updated with the application, no operator skill, no specific maintenance, security assessed). A guarantee
 * that is absent is null; a complete declaration has all five true, an owner and a justification.
 *
 * @param component the components it covers: a purl (prefix or glob) or a bare product name
 * @param origin    where it is written in the project file (file, line of the list item)
 */
public record EmbeddedDeclaration(String component, Boolean installationIntegrated, Boolean updatesIntegrated,
        Boolean noOperatorSkills, Boolean noSpecificMaintenance, Boolean securityAssessed, String owner,
        String justification, Evidence origin) {

    /** The keys of what is missing or false, in the file's vocabulary (empty when complete). */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        check(missing, "installationIntegrated", installationIntegrated);
        check(missing, "updatesIntegrated", updatesIntegrated);
        check(missing, "noOperatorSkills", noOperatorSkills);
        check(missing, "noSpecificMaintenance", noSpecificMaintenance);
        check(missing, "securityAssessed", securityAssessed);
        if (owner == null || owner.isBlank()) {
            missing.add("owner");
        }
        if (justification == null || justification.isBlank()) {
            missing.add("justification");
        }
        return List.copyOf(missing);
    }

    public boolean complete() {
        return missing().isEmpty();
    }

    private static void check(List<String> missing, String key, Boolean value) {
        if (!Boolean.TRUE.equals(value)) {
            missing.add(key);
        }
    }
}
