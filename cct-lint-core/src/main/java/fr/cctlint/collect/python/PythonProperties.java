package fr.cctlint.collect.python;

/** Component property keys the Python collector writes. */
final class PythonProperties {
    /** A version range or constraint that names no single version (contract key shared by collectors). */
    static final String VERSION_EXPRESSION = "cct:versionExpression";
    /** What the manifest declared when a lockfile gave the version. */
    static final String DECLARED_VERSION = "cct:declaredVersion";
    /** The lockfile that gave the version. */
    static final String LOCKFILE = "cct:lockfile";
    /** The PEP 508 environment marker ({@code python_version < "3.12"}). */
    static final String MARKER = "cct:marker";
    /** The extras requested ({@code socks,http2}). */
    static final String EXTRAS = "cct:extras";
    /** The optional-dependencies extra or dependency group that declares it. */
    static final String GROUP = "cct:group";
    /** Where it comes from when not an index: {@code vcs}, {@code url}, {@code path}, {@code editable}. */
    static final String SOURCE = "cct:source";
    /** The direct reference (VCS or archive URL, credentials removed). */
    static final String SOURCE_URL = "cct:sourceUrl";

    private PythonProperties() {
    }
}
