package fr.cctlint.collect;

import fr.cctlint.source.SourceTree;
import java.util.List;

/**
 * Reads one kind of manifest (pom.xml, package-lock.json, Dockerfile...) into components with evidence. One
 * package per kind under {@code fr.cctlint.collect}; the parser lives apart from this thin wrapper; each is
 * registered once in {@link CollectorRegistry}.
 *
 * <p>A collector never throws for bad input: a file it cannot read becomes a {@link fr.cctlint.model.Problem}
 * (CCT009) with the file and line, and the other files are still read. It never runs anything from the
 * project and never reaches the network.
 */
public interface Collector {

    /** Short stable name: {@code maven}, {@code npm}, {@code dockerfile}... */
    String name();

    /** Whether this collector reads that file (by its path: name, extension, folder). */
    boolean claims(String path);

    /**
     * Reads the claimed files. Cross-file logic (a pom's parent, a lockfile next to its package.json) uses
     * {@code tree} to read further files; every claimed path of the tree is in {@code paths}.
     */
    Collection collect(SourceTree tree, List<String> paths);
}
