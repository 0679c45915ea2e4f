package fr.cctlint.classify;

/** How a component reaches production: the decision the CCT's embedded-software rule turns on. */
public enum Deployment {
    /** Installed and updated as part of the application (a library packed in it). */
    EMBEDDED,
    /** Run on its own: someone must install, operate and maintain it (a server, an image, an OS). */
    OPERATED,
    /** Used only to build or test; out of scope of the referential. */
    BUILD_ONLY,
    /** Not enough information to decide. */
    UNKNOWN
}
