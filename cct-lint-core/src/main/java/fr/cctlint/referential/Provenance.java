package fr.cctlint.referential;

/**
 * Where a referential edition comes from, shown in every report so a reviewer can cite it.
 *
 * @param id          short stable identifier of the edition, e.g. {@code cct-mi}
 * @param title       human title
 * @param source      where it was published (repository, URL)
 * @param revision    source revision (commit id) or edition number
 * @param date        date of the source's last change, ISO {@code yyyy-MM-dd}
 * @param licence     licence of the content
 * @param attribution the attribution text the licence requires
 */
public record Provenance(String id, String title, String source, String revision, String date, String licence,
        String attribution) {
}
