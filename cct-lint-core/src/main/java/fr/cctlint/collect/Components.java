package fr.cctlint.collect;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the components collectors report, with a Package URL made by packageurl-java (never by string
 * concatenation), the evidence, and the role ({@link Roles}). The id is the purl (with version) when there is
 * one, else {@code file#line:name}; duplicates of one id within a collector are merged by {@link #merge}.
 */
public final class Components {
    private Components() {
    }

    /**
     * A Package URL, or null when the parts do not make a valid one (the component is then identified by name).
     *
     * @param type      purl type: maven, npm, pypi, golang, composer, nuget, gem, cargo, docker, deb, apk, rpm
     * @param namespace group / scope / vendor, or null
     * @param name      name
     * @param version   version, or null when unknown or unresolved
     * @param qualifiers e.g. {@code repository_url} for an image outside Docker Hub; may be empty
     */
    public static String purl(String type, String namespace, String name, String version, Map<String, String> qualifiers) {
        try {
            TreeMap<String, String> q = qualifiers == null || qualifiers.isEmpty() ? null : new TreeMap<>(qualifiers);
            return new PackageURL(type, blankToNull(namespace), name, blankToNull(version), q, null).canonicalize();
        } catch (MalformedPackageURLException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A component as declared in a manifest.
     *
     * @param purl       its Package URL (see {@link #purl}), or null
     * @param group      group / namespace as declared, or null
     * @param name       name as declared
     * @param version    resolved version, or null when unknown (keep an unresolved expression in {@code properties})
     * @param type       LIBRARY, FRAMEWORK, CONTAINER, OPERATING_SYSTEM...
     * @param scope      RUNTIME, TEST, BUILD, PROVIDED, OPTIONAL
     * @param role       one of {@link Roles}
     * @param evidence   where it is declared
     * @param properties extra facts (e.g. {@code cct:versionExpression}, {@code cct:stage}); may be empty
     */
    public static Component of(String purl, String group, String name, String version, ComponentType type, Scope scope,
            String role, Evidence evidence, Map<String, String> properties) {
        Map<String, String> props = new LinkedHashMap<>(properties == null ? Map.of() : properties);
        if (role != null) {
            props.put(Roles.KEY, role);
        }
        String id = purl != null ? purl : evidence.file() + "#" + evidence.line() + ":" + name;
        return new Component(id, name, blankToNull(group), blankToNull(version), purl, null, type, scope, false,
                List.of(evidence), props);
    }

    /** The same component declared twice: one component with both pieces of evidence, the first one's facts. */
    public static Component merge(Component first, Component second) {
        List<Evidence> evidence = new java.util.ArrayList<>(first.evidence());
        second.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
        Map<String, String> props = new LinkedHashMap<>(second.properties());
        props.putAll(first.properties());
        return new Component(first.id(), first.name(), first.group(), first.version(), first.purl(), first.cpe(),
                first.type(), first.scope(), first.subject(), evidence, props);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
