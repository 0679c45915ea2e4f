package fr.cctlint.cloudnative;

/** How much of a requirement cct-lint can judge from files. */
public enum Coverage {
    /** Organisational or design requirement: only a reviewer can judge it. */
    MANUAL,
    /** Files show part of it; a reviewer judges the rest. */
    PARTIAL,
    /** Files show all of it. */
    FULL
}
