package fr.cctlint.collect.npm;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.source.SourceTree;
import java.util.List;
import java.util.Set;

/**
 * npm, yarn and pnpm projects: {@code package.json} with the lockfile beside it ({@code npm-shrinkwrap.json},
 * {@code package-lock.json}, {@code pnpm-lock.yaml}, {@code yarn.lock}, the first present in that order), whose
 * versions win over the declared ranges. Workspaces are read with their root's lockfile. See {@link NpmProjects}.
 */
public final class NpmCollector implements Collector {
    static final String MANIFEST = "package.json";
    /** Lockfiles, the one npm itself prefers first. */
    static final List<String> LOCKFILES = List.of("npm-shrinkwrap.json", "package-lock.json", "pnpm-lock.yaml",
            "yarn.lock");
    private static final Set<String> CLAIMED = Set.of(MANIFEST, "npm-shrinkwrap.json", "package-lock.json",
            "pnpm-lock.yaml", "yarn.lock");

    @Override
    public String name() {
        return "npm";
    }

    @Override
    public boolean claims(String path) {
        return CLAIMED.contains(path.substring(path.lastIndexOf('/') + 1));
    }

    @Override
    public Collection collect(SourceTree tree, List<String> paths) {
        return new NpmProjects(tree).read(paths.stream().filter(this::claims).toList());
    }
}
