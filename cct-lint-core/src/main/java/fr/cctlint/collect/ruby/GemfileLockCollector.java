package fr.cctlint.collect.ruby;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.SourceFiles;
import fr.cctlint.source.SourceTree;
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
        return SourceFiles.parseEach(tree, paths, parser::parse);
    }
}
