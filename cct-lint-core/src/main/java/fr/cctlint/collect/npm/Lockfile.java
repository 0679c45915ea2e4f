package fr.cctlint.collect.npm;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a lockfile installs, and which installed package each declared dependency resolved to.
 *
 * @param path      the lockfile's path in the tree
 * @param packages  every installed package (the project itself and workspace links left out), in file order
 * @param direct    the package a manifest's dependency resolved to, keyed by {@link #key(String, String)}
 * @param importers the folders (relative to the lockfile's, {@code ""} for its own) whose package.json the
 *                  lockfile covers: the project and its workspaces
 * @param links     the declared dependencies (keyed like {@link #direct}) that the lockfile links to a local
 *                  folder (a workspace, {@code file:} and {@code link:} folders): the project's own code
 */
record Lockfile(String path, List<LockedPackage> packages, Map<String, LockedPackage> direct, Set<String> importers,
        Set<String> links) {

    Lockfile {
        packages = List.copyOf(packages);
        direct = Map.copyOf(direct);
        importers = Set.copyOf(importers);
        links = Set.copyOf(links);
    }

    /** Whether the lockfile links that declared dependency to a local folder. */
    boolean linked(String importer, String name) {
        return links.contains(key(importer, name));
    }

    /** Key of {@link #direct}: the importer folder and the dependency's declared name. */
    static String key(String importer, String name) {
        return importer + "\n" + name;
    }

    LockedPackage resolve(String importer, String name) {
        return direct.get(key(importer, name));
    }
}
