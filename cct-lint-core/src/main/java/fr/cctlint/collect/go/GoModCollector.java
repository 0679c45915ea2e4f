package fr.cctlint.collect.go;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.SourceFiles;
import fr.cctlint.source.SourceTree;
import java.util.List;

/** Go modules: every {@code go.mod} of the tree, read by {@link GoModParser}. {@code go.sum} is not needed. */
public final class GoModCollector implements Collector {
    private final GoModParser parser = new GoModParser();

    @Override
    public String name() {
        return "go";
    }

    @Override
    public boolean claims(String path) {
        return path.equals("go.mod") || path.endsWith("/go.mod");
    }

    @Override
    public Collection collect(SourceTree tree, List<String> paths) {
        return SourceFiles.parseEach(tree, paths, parser::parse);
    }
}
