package fr.cctlint.collect.python;

import fr.cctlint.collect.Components;
import fr.cctlint.model.Component;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Components of one collector with the same id (a dependency declared in a manifest and found again in its
 * lockfile, or in two modules) merged into one carrying every piece of evidence; the one with the
 * widest scope (RUNTIME before OPTIONAL, PROVIDED, TEST, BUILD), else the first collected, is kept first so its
 * facts win. The result is in
 * file then line order. Public so that the Gradle collector uses it too (a candidate for {@code fr.cctlint.collect}).
 */
public final class MergedComponents {
    private static final Comparator<Component> BY_EVIDENCE = Comparator
            .comparing((Component c) -> c.primaryEvidence() == null ? "" : c.primaryEvidence().file())
            .thenComparingInt(c -> c.primaryEvidence() == null ? 0 : c.primaryEvidence().line())
            .thenComparing(Component::id);

    private MergedComponents() {
    }

    public static List<Component> of(List<Component> components) {
        Map<String, Component> byId = new LinkedHashMap<>();
        for (Component c : components) {
            byId.merge(c.id(), c, MergedComponents::merge);
        }
        List<Component> result = new ArrayList<>(byId.values());
        result.sort(BY_EVIDENCE);
        return List.copyOf(result);
    }

    private static Component merge(Component a, Component b) {
        // on equal scopes the first one collected (a declaration before its lockfile entry) stays first
        return b.scope().ordinal() < a.scope().ordinal() ? Components.merge(b, a) : Components.merge(a, b);
    }
}
