package fr.cctlint.newonly;

import fr.cctlint.policy.Finding;
import java.util.List;

/**
 * The findings a {@link NewOnlyFilter} kept (the new ones, to report) and those it removed (already known, or
 * untouched by the change), each in their original order.
 */
public record NewOnlyResult(List<Finding> kept, List<Finding> removed) {
    public NewOnlyResult {
        kept = List.copyOf(kept);
        removed = List.copyOf(removed);
    }

    /** How many findings were removed. */
    public int removedCount() {
        return removed.size();
    }
}
