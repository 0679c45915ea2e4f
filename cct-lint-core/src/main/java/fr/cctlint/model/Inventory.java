package fr.cctlint.model;

import java.util.List;
import java.util.Objects;

/**
 * What a source holds: its components with their evidence, the problems met while reading it, and how
 * many components were left out on purpose (CycloneDX {@code scope: excluded}).
 */
public record Inventory(SourceInfo source, List<Component> components, List<Problem> problems, int excludedCount) {
    public Inventory {
        Objects.requireNonNull(source, "source");
        components = List.copyOf(components);
        problems = List.copyOf(problems);
    }

    /** True when the source could not be read at all. */
    public boolean unreadable() {
        return problems.stream().anyMatch(Problem::fatal);
    }
}
