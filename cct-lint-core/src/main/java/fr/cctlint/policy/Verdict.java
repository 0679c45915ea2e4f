package fr.cctlint.policy;

/** The outcome for one component, as counted in reports. */
public enum Verdict {
    /** Listed with a passing status (R). */
    LISTED,
    /** Listed with a status that carries a note, a warning or an error (A, M, O). */
    LISTED_WITH_STATUS,
    /** The product is listed, but not in the version used (or the version is unknown). */
    VERSION_NOT_LISTED,
    /** Not listed, embedded in the application: allowed. */
    UNLISTED_EMBEDDED,
    /** Not listed, operated by nature, but declared embedded software in the project file with every guarantee. */
    DECLARED_EMBEDDED,
    /** Not listed and operated on its own: not allowed. */
    UNLISTED_OPERATED,
    /** Build or test only, or left out: not judged. */
    OUT_OF_SCOPE
}
