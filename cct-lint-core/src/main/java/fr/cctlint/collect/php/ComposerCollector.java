package fr.cctlint.collect.php;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.source.SourceTree;
import java.util.List;

/**
 * PHP projects: {@code composer.json} and the {@code composer.lock} beside it, whose versions win over the
 * constraints. See {@link ComposerProjects}.
 */
public final class ComposerCollector implements Collector {
    static final String MANIFEST = "composer.json";
    static final String LOCKFILE = "composer.lock";

    @Override
    public String name() {
        return "composer";
    }

    @Override
    public boolean claims(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.equals(MANIFEST) || file.equals(LOCKFILE);
    }

    @Override
    public Collection collect(SourceTree tree, List<String> paths) {
        return new ComposerProjects(tree).read(paths.stream().filter(this::claims).toList());
    }
}
