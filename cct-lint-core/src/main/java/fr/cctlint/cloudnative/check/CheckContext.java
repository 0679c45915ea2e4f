package fr.cctlint.cloudnative.check;

import fr.cctlint.model.Inventory;
import fr.cctlint.source.SourceTree;
import java.util.List;
import java.util.Objects;

/**
 * What a check reads: the project's files (after the project file's excludes) and the inventory the collectors
 * built from them, whose components carry facts as {@code cct:*} properties (a Dockerfile image's
 * {@code cct:user}, a Kubernetes container's {@code cct:runAsNonRoot}...).
 *
 * @param tree      the files, open for reading during the check
 * @param paths     every file path of the tree, sorted
 * @param inventory the components and their evidence
 */
public record CheckContext(SourceTree tree, List<String> paths, Inventory inventory) {
    public CheckContext {
        Objects.requireNonNull(tree, "tree");
        paths = List.copyOf(paths);
        Objects.requireNonNull(inventory, "inventory");
    }
}
