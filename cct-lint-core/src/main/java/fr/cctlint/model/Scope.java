package fr.cctlint.model;

/** How a component takes part in the application, from the SBOM scope or the manifest's scope. */
public enum Scope {
    /** Part of what runs (CycloneDX {@code required}, Maven compile/runtime, npm dependencies). */
    RUNTIME,
    /** CycloneDX {@code optional}. */
    OPTIONAL,
    /** CycloneDX {@code excluded}: not part of the delivered application; skipped and counted. */
    EXCLUDED,
    /** Provided by the platform at run time (Maven provided). */
    PROVIDED,
    /** Used only by tests. */
    TEST,
    /** Used only to build (plugins, build stages, CI images). */
    BUILD
}
