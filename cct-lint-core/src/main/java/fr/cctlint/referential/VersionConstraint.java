package fr.cctlint.referential;

/**
 * The versions a referential row covers, parsed from its published text. Written in the referential file as
 * an expression: {@code *} (any version), {@code 2.4} (the 2.4 line: 2.4, 2.4.x), {@code >=2.8}, {@code >5.5},
 * {@code <12}, {@code <=3}, {@code =1.19.0}.
 */
public interface VersionConstraint {

    /** The expression as written in the referential file. */
    String expression();

    /** True when any version is accepted ({@code *}). */
    boolean isAny();

    /**
     * Whether a component version falls under this constraint. A null or blank version matches only
     * {@code *}. Versions are compared numerically segment by segment ({@code 10.1 > 9.12}), ignoring a
     * leading {@code v} and any qualifier after the numbers ({@code 5.3.39.RELEASE}, {@code 16-alpine}).
     */
    boolean matches(String version);
}
