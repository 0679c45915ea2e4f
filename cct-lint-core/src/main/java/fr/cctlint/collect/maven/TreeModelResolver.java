package fr.cctlint.collect.maven;

import java.util.Set;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Repository;
import org.apache.maven.model.building.ModelSource;
import org.apache.maven.model.resolution.ModelResolver;

/**
 * Answers the parents and imported BOMs Maven asks for from the tree; anything else gets a {@link StubModelSource}
 * and is written down in {@code stubbed} (shared with the copies Maven makes for imports), so the collector can say
 * which absent POM manages an unresolved version. Repositories are ignored: nothing is ever downloaded.
 */
final class TreeModelResolver implements ModelResolver {
    /** A POM that was not in the tree: a parent or an imported BOM. */
    record Stub(String groupId, String artifactId, String version, boolean parent) {
        String coordinates() {
            return groupId + ":" + artifactId + ":" + version;
        }
    }

    private final TreePoms poms;
    private final Set<Stub> stubbed;

    TreeModelResolver(TreePoms poms, Set<Stub> stubbed) {
        this.poms = poms;
        this.stubbed = stubbed;
    }

    @Override
    public ModelSource resolveModel(String groupId, String artifactId, String version) {
        return resolve(groupId, artifactId, version, false);
    }

    @Override
    public ModelSource resolveModel(Parent parent) {
        return resolve(parent.getGroupId(), parent.getArtifactId(), parent.getVersion(), true);
    }

    @Override
    public ModelSource resolveModel(Dependency dependency) {
        return resolve(dependency.getGroupId(), dependency.getArtifactId(), dependency.getVersion(), false);
    }

    private ModelSource resolve(String groupId, String artifactId, String version, boolean parent) {
        return poms.find(groupId, artifactId, version).<ModelSource>map(p -> new TreeModelSource(poms, p))
                .orElseGet(() -> {
                    stubbed.add(new Stub(groupId, artifactId, version, parent));
                    return new StubModelSource(groupId, artifactId, version);
                });
    }

    @Override
    public void addRepository(Repository repository) {
        // offline: repositories are never contacted
    }

    @Override
    public void addRepository(Repository repository, boolean replace) {
        // offline: repositories are never contacted
    }

    @Override
    public ModelResolver newCopy() {
        return new TreeModelResolver(poms, stubbed);
    }
}
