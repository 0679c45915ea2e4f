package fr.cctlint.collect;

import fr.cctlint.model.Component;
import fr.cctlint.model.Problem;
import java.util.ArrayList;
import java.util.List;

/** What a collector found: components (each with evidence) and problems (CCT009), in file then line order. */
public record Collection(List<Component> components, List<Problem> problems) {
    public static final Collection EMPTY = new Collection(List.of(), List.of());

    public Collection {
        components = List.copyOf(components);
        problems = List.copyOf(problems);
    }

    public Collection plus(Collection other) {
        List<Component> c = new ArrayList<>(components);
        c.addAll(other.components);
        List<Problem> p = new ArrayList<>(problems);
        p.addAll(other.problems);
        return new Collection(c, p);
    }

    /** Mutable accumulator for a collector's run. */
    public static final class Builder {
        private final List<Component> components = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        public Builder add(Component component) {
            components.add(component);
            return this;
        }

        public Builder problem(Problem problem) {
            problems.add(problem);
            return this;
        }

        public Builder addAll(Collection other) {
            components.addAll(other.components());
            problems.addAll(other.problems());
            return this;
        }

        public Collection build() {
            return new Collection(components, problems);
        }
    }
}
