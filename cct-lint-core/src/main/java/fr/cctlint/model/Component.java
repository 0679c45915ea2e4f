package fr.cctlint.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One component of the inventory, as declared by a source, before any judgement.
 *
 * @param id         stable identifier within the inventory (the CycloneDX bom-ref, an SPDX id, or a purl)
 * @param name       name as declared (never blank)
 * @param group      group / namespace (Maven groupId, npm scope...), or null
 * @param version    version as declared, or null when unknown
 * @param purl       Package URL, or null
 * @param cpe        CPE 2.2 or 2.3 string, or null
 * @param type       what it is
 * @param scope      how it takes part in the application
 * @param subject    true when this component is the application the SBOM or project describes
 * @param evidence   where it was declared (first is the primary location)
 * @param properties extra facts (supplier, description, source-specific keys), in a stable order
 */
public record Component(
        String id,
        String name,
        String group,
        String version,
        String purl,
        String cpe,
        ComponentType type,
        Scope scope,
        boolean subject,
        List<Evidence> evidence,
        Map<String, String> properties) {

    public Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(scope, "scope");
        evidence = List.copyOf(evidence);
        properties = Map.copyOf(properties);
    }

    /** The first evidence, where the component was declared. */
    public Evidence primaryEvidence() {
        return evidence.isEmpty() ? null : evidence.get(0);
    }

    /** {@code group/name@version} or the parts that exist, for messages. */
    public String displayName() {
        StringBuilder sb = new StringBuilder();
        if (group != null && !group.isBlank()) {
            sb.append(group).append(group.endsWith("/") || group.endsWith(":") ? "" : "/");
        }
        sb.append(name);
        if (version != null && !version.isBlank()) {
            sb.append('@').append(version);
        }
        return sb.toString();
    }

    /** The value of a property, or null. */
    public String property(String key) {
        return properties.get(key);
    }
}
