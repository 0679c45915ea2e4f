package fr.cctlint.collect.rust;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
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
        Collection.Builder out = new Collection.Builder();
        for (String path : paths) {
            try {
                SourceText.Result decoded = SourceText.decode(path, tree.read(path));
                if (decoded.problem() != null) {
                    out.problem(decoded.problem());
                } else {
                    out.addAll(parser.parse(decoded.text()));
                }
            } catch (IOException e) {
                out.problem(Problems.unreadable(path, e));
            }
        }
        return out.build();
    }
}
