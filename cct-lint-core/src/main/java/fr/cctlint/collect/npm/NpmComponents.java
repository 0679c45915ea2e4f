package fr.cctlint.collect.npm;

import fr.cctlint.collect.Components;
import fr.cctlint.collect.Roles;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns installed and declared npm packages into components ({@code pkg:npm/%40angular/core@17.3.0}). */
final class NpmComponents {
    /** Where a package comes from when it is not the registry: {@code git}, {@code file}, {@code link}, {@code url}. */
    static final String SOURCE_KEY = "cct:dependencySource";
    /** A version that is not a plain version: a range, a tag, a git URL. */
    static final String EXPRESSION_KEY = "cct:versionExpression";
    /** The Node.js requirement ({@code engines.node}) is the platform the application runs on. */
    static final String NODE_PURL = "pkg:generic/node";

    private static final List<Scope> STRENGTH = List.of(Scope.RUNTIME, Scope.OPTIONAL, Scope.PROVIDED, Scope.BUILD,
            Scope.TEST, Scope.EXCLUDED);

    private NpmComponents() {
    }

    /** The scope that weighs more: a package both runtime and dev-only is runtime. */
    static Scope stronger(Scope a, Scope b) {
        return STRENGTH.indexOf(a) <= STRENGTH.indexOf(b) ? a : b;
    }

    static Component installed(LockedPackage p) {
        return library(p.name(), p.version(), p.scope(), p.source(), p.expression(), p.evidence());
    }

    static Component declared(PackageJson.Declared d, NpmSpec spec) {
        String expression = spec.exactVersion() != null ? null
                : spec.source() == NpmSpec.Source.REGISTRY ? spec.range() : NpmSpec.withoutCredentials(spec.range());
        return library(spec.realName(), spec.exactVersion(), d.scope(), spec.source(), expression, d.evidence());
    }

    static Component node(PackageJson.Declared engine) {
        String exact = NpmSpec.exact(engine.spec());
        Map<String, String> props = new LinkedHashMap<>();
        if (exact == null) {
            props.put(EXPRESSION_KEY, engine.spec());
        }
        return Components.of(Components.purl("generic", null, "node", exact, null), null, "node", exact,
                ComponentType.PLATFORM, Scope.RUNTIME, null, engine.evidence(), props);
    }

    private static Component library(String fullName, String version, Scope scope, NpmSpec.Source source,
            String expression, Evidence evidence) {
        String group = null;
        String name = fullName;
        int slash = fullName.indexOf('/');
        if (fullName.startsWith("@") && slash > 0) {
            group = fullName.substring(0, slash);
            name = fullName.substring(slash + 1);
        }
        Map<String, String> props = new LinkedHashMap<>();
        if (expression != null && !expression.isBlank()) {
            props.put(EXPRESSION_KEY, expression);
        }
        if (source != NpmSpec.Source.REGISTRY) {
            props.put(SOURCE_KEY, source.label());
        }
        return Components.of(Components.purl("npm", group, name, version, null), group, name, version,
                ComponentType.LIBRARY, scope, Roles.PACKED_LIBRARY, evidence, props);
    }

    /** Two declarations of one component: one component with both pieces of evidence and the stronger scope. */
    static Component merge(Component first, Component second) {
        Component merged = Components.merge(first, second);
        Scope scope = stronger(first.scope(), second.scope());
        if (scope == merged.scope()) {
            return merged;
        }
        return new Component(merged.id(), merged.name(), merged.group(), merged.version(), merged.purl(),
                merged.cpe(), merged.type(), scope, merged.subject(), merged.evidence(), merged.properties());
    }
}
