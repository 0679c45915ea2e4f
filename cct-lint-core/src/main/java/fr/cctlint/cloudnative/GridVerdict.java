package fr.cctlint.cloudnative;

/** What the grid says of one requirement. */
public enum GridVerdict {
    /** Checked in full from the files, and met. */
    MET,
    /** A check found it not met (the violations say where). */
    NOT_MET,
    /** What files show is met; the rest of the requirement is the reviewer's to judge. */
    PARTLY_CHECKED,
    /** Nothing in the files to judge it by: the reviewer assesses it. */
    TO_ASSESS
}
