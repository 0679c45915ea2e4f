package fr.cctlint.collect.ruby;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.util.List;

/** Ruby: every {@code Gemfile.lock} of the tree, read by {@link GemfileLockParser}. The {@code Gemfile} is not needed. */
public final class GemfileLockCollector implements Collector {
    private final GemfileLockParser parser = new GemfileLockParser();

    @Override
    public String name() {
        return "ruby";
    }

    @Override
    public boolean claims(String path) {
        return path.equals("Gemfile.lock") || path.endsWith("/Gemfile.lock") || path.equals("gems.locked")
                || path.endsWith("/gems.locked");
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
