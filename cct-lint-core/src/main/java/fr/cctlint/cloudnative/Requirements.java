package fr.cctlint.cloudnative;

import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import fr.cctlint.referential.Provenance;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Cloud Native requirements as bundled in {@code rules/cloud-native/requirements.yaml}: where they come
 * from, the meaning and severity of each type, and every requirement in the CCT's order.
 */
public record Requirements(Provenance provenance, Map<String, RequirementType> types, List<Requirement> requirements) {
    public Requirements {
        Objects.requireNonNull(provenance, "provenance");
        types = Map.copyOf(types);
        requirements = List.copyOf(requirements);
    }

    public Optional<Requirement> byId(String id) {
        return requirements.stream().filter(r -> r.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    /** The requirements a rule judges, in the CCT's order. */
    public List<Requirement> judgedBy(Rule rule) {
        return requirements.stream().filter(r -> r.automation().rules().contains(rule)).toList();
    }

    /** The type of a requirement; an unknown code is an unspecified type. */
    public RequirementType type(Requirement requirement) {
        RequirementType type = types.get(requirement.type());
        return type != null ? type : types.getOrDefault("", new RequirementType("", Map.of(), Severity.NOTE));
    }

    /** The severity of a rule's findings: the most serious type among the requirements it judges. */
    public Severity severity(Rule rule) {
        return judgedBy(rule).stream().map(r -> type(r).severity()).max(Enum::compareTo).orElse(rule.defaultSeverity());
    }
}
