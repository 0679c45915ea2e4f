package fr.cctlint.collect.go;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
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
