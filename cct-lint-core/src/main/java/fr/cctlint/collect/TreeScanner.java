package fr.cctlint.collect;

import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import fr.cctlint.source.SourceTree;
import java.util.ArrayList;
import java.util.List;

/** Runs every collector on the files it claims and gathers one inventory for the tree. */
public final class TreeScanner {
    private final CollectorRegistry registry;
    private final Progress progress;

    public TreeScanner(CollectorRegistry registry) {
        this(registry, Progress.NONE);
    }

    public TreeScanner(CollectorRegistry registry, Progress progress) {
        this.registry = registry;
        this.progress = progress;
    }

    public Inventory scan(SourceTree tree) {
        Collection.Builder all = new Collection.Builder();
        int manifests = 0;
        int components = 0;
        for (Collector collector : registry.collectors()) {
            List<String> claimed = tree.files().stream().filter(collector::claims).toList();
            if (!claimed.isEmpty()) {
                Collection found = collector.collect(tree, claimed);
                all.addAll(found);
                manifests += claimed.size();
                components += found.components().size();
                progress.advanced(collector.name(), manifests, components);
            }
        }
        Collection collected = all.build();
        List<Problem> problems = new ArrayList<>(tree.notes());
        problems.addAll(collected.problems());
        return new Inventory(tree.info(), ProjectImages.mark(collected.components()), problems, 0);
    }
}
