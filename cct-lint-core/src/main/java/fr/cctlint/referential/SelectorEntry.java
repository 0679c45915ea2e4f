package fr.cctlint.referential;

import fr.cctlint.model.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a {@code selectors:} section: the selectors that recognise the rows of one product family.
 * Applying it adds its selectors to every listed row (union, existing selectors first).
 *
 * @param refs      the reference ids it applies to, never empty
 * @param selectors what recognises them
 * @param origin    where the entry is written (file and line)
 */
public record SelectorEntry(List<String> refs, Selectors selectors, Evidence origin) {
    public SelectorEntry {
        refs = List.copyOf(refs);
        Objects.requireNonNull(selectors, "selectors");
        Objects.requireNonNull(origin, "origin");
    }
}
