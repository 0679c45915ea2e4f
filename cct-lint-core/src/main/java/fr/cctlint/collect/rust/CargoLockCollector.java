package fr.cctlint.collect.rust;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.SourceFiles;
import fr.cctlint.source.SourceTree;
import java.util.List;

/** Rust: every {@code Cargo.lock} of the tree, read by {@link CargoLockParser}. */
public final class CargoLockCollector implements Collector {
    private final CargoLockParser parser = new CargoLockParser();

    @Override
    public String name() {
        return "rust";
    }

    @Override
    public boolean claims(String path) {
        return path.equals("Cargo.lock") || path.endsWith("/Cargo.lock");
    }

    @Override
    public Collection collect(SourceTree tree, List<String> paths) {
        return SourceFiles.parseEach(tree, paths, parser::parse);
    }
}
