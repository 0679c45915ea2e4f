package fr.cctlint.collect.python;

import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Python dependency as one manifest declares it, before lockfile versions are applied and before it becomes a
 * component.
 *
 * @param name       the name as written
 * @param version    the exact version, or null (a range, a URL, nothing)
 * @param scope      how the project uses it
 * @param evidence   where it is declared
 * @param properties extra facts ({@code cct:versionExpression}, {@code cct:marker}...)
 * @param runtime    true for the Python interpreter itself ({@code requires-python}, Poetry's {@code python}), which
 *                   is the runtime the application is operated on, not a package
 * @param locked     true when read from a lockfile
 */
record PyDep(String name, String version, Scope scope, Evidence evidence, Map<String, String> properties,
        boolean runtime, boolean locked) {

    PyDep {
        properties = Map.copyOf(properties);
    }

    String key() {
        return Pep508.normalize(name);
    }

    PyDep withScope(Scope newScope) {
        return new PyDep(name, version, newScope, evidence, properties, runtime, locked);
    }

    /** This declaration with the version a lockfile installs, the declared expression kept apart. */
    PyDep lockedTo(String lockedVersion, String lockfile) {
        Map<String, String> props = new LinkedHashMap<>(properties);
        String declared = props.remove(PythonProperties.VERSION_EXPRESSION);
        props.put(PythonProperties.DECLARED_VERSION, declared != null ? declared : version == null ? "" : version);
        props.put(PythonProperties.LOCKFILE, lockfile);
        return new PyDep(name, lockedVersion, scope, evidence, props, runtime, locked);
    }
}
