package fr.cctlint.newonly;

import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.policy.Finding;
import fr.cctlint.source.ChangedFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Keeps only the findings that are new, in one of two senses.
 *
 * <ul>
 * <li>{@link #baseline(Baseline)} ({@code --baseline FILE.sarif}): a finding is new when its fingerprint is not in
 *     the earlier report. Fingerprints are made of the rule, the input's location and the component's identity
 *     (purl, else name and version), never of a line: a declaration that moved is not new; a component whose
 *     version changed (another purl) is; the same component flagged by another rule is. The earlier report must
 *     have been made from the same input location (the same folder, path or URL as given on the command line),
 *     since the location is part of the fingerprint. Several findings sharing one fingerprint are all removed
 *     when the baseline holds it.</li>
 * <li>{@link #since(ChangedFiles)} ({@code --since REV}): a finding is new when at least one piece of its
 *     evidence is in a file that changed since that revision: the finding's own location, or any of its
 *     component's evidence (every file that declares it, the library an inferred service comes from). A finding
 *     without a component (an unreadable file, CCT009; a waiver or declaration of the project file) is kept when
 *     its location's file changed. Consequence: a finding that depends on time or on the referential only (a
 *     waiver that expired, a status the referential changed) is not new until a file it points at changes; a full
 *     scan reports it.</li>
 * </ul>
 * The order of the findings is kept.
 */
public final class NewOnlyFilter {
    private final Predicate<Finding> isNew;

    private NewOnlyFilter(Predicate<Finding> isNew) {
        this.isNew = isNew;
    }

    /** Keeps the findings whose fingerprint is not in the baseline. */
    public static NewOnlyFilter baseline(Baseline baseline) {
        Objects.requireNonNull(baseline, "baseline");
        return new NewOnlyFilter(finding -> !baseline.contains(finding.fingerprint()));
    }

    /** Keeps the findings with at least one piece of evidence in a changed file. */
    public static NewOnlyFilter since(ChangedFiles changed) {
        Objects.requireNonNull(changed, "changed");
        return new NewOnlyFilter(finding -> touches(finding, changed));
    }

    /** Splits the findings into those kept (new) and those removed, each in their original order. */
    public NewOnlyResult apply(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        List<Finding> removed = new ArrayList<>();
        for (Finding finding : findings) {
            (isNew.test(finding) ? kept : removed).add(finding);
        }
        return new NewOnlyResult(kept, removed);
    }

    private static boolean touches(Finding finding, ChangedFiles changed) {
        if (changed.contains(finding.location().file())) {
            return true;
        }
        Component component = finding.component();
        if (component == null) {
            return false;
        }
        for (Evidence evidence : component.evidence()) {
            if (changed.contains(evidence.file())) {
                return true;
            }
        }
        return false;
    }
}
