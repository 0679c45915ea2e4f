package fr.cctlint.collect.npm;

import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import java.util.List;

/**
 * What a package.json declares.
 *
 * @param path         its path in the tree
 * @param dependencies every entry of dependencies, optionalDependencies, peerDependencies and devDependencies
 * @param nodeEngine   {@code engines.node}, or null
 * @param workspaces   the workspace folder globs ({@code packages/*}), possibly empty
 */
record PackageJson(String path, List<Declared> dependencies, Declared nodeEngine, List<String> workspaces) {

    PackageJson {
        dependencies = List.copyOf(dependencies);
        workspaces = List.copyOf(workspaces);
    }

    /**
     * One declared dependency.
     *
     * @param name     the key as declared (an alias name for {@code "b": "npm:a@1"})
     * @param spec     the specifier as written
     * @param scope    RUNTIME (dependencies, required peers), OPTIONAL, or BUILD (devDependencies)
     * @param evidence the declaring line
     */
    record Declared(String name, String spec, Scope scope, Evidence evidence) {
    }
}
