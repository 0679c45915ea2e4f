package fr.cctlint.collect.maven;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.source.SourceTree;
import java.util.List;

/**
 * Maven projects: every {@code pom.xml} of the tree, read through Maven's own model builder, offline. Parents and
 * imported BOMs are taken from the tree; anything else is never downloaded, and the versions it would have managed
 * stay unresolved (null version, the reason in {@code cct:versionExpression}), unless the knowledge base of managed
 * versions ({@link ManagedVersions}) knows what the absent BOM manages: then the version (often a line, 6.1) says
 * where it comes from in {@code cct:versionFrom}. See {@link MavenProjectReader}.
 *
 * <p>Only files named {@code pom.xml} are claimed: {@code *.pom} files in a checkout are copies of third-party
 * artifacts (an in-project repository); they serve as parents and BOMs when the tree's poms name them, but their
 * own dependencies are not the project's.
 */
public final class MavenCollector implements Collector {
    public static final String NAME = "maven";

    private final ManagedVersions managed;

    /** With the managed versions shipped with cct-lint. */
    public MavenCollector() {
        this(ManagedVersionsLoader.bundled());
    }

    public MavenCollector(ManagedVersions managed) {
        this.managed = managed;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean claims(String path) {
        return path.equals("pom.xml") || path.endsWith("/pom.xml");
    }

    @Override
    public Collection collect(SourceTree tree, List<String> paths) {
        return new MavenProjectReader(tree, managed).read(paths);
    }
}
