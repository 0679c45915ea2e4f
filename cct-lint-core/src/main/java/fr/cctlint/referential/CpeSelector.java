package fr.cctlint.referential;

/** Matches a CPE by vendor and product (lower case; {@code *} in product matches any). */
public record CpeSelector(String vendor, String product) {
}
