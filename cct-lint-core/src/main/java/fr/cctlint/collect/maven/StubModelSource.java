package fr.cctlint.collect.maven;

import java.io.InputStream;
import org.apache.maven.model.Model;

/**
 * A POM that is not in the tree and is never downloaded: only its coordinates, so a child can still be built. What
 * it would have managed (versions, properties, plugins) stays unknown. Its model is handed to Maven by
 * {@link TreeModelReader}; there are no bytes to parse.
 */
final class StubModelSource implements ParsedModelSource {
    /** Prefix of a stub's location, never a tree path. */
    static final String LOCATION_PREFIX = "absent:";

    private final String groupId;
    private final String artifactId;
    private final String version;

    StubModelSource(String groupId, String artifactId, String version) {
        this.groupId = groupId;
        this.artifactId = artifactId;
        this.version = version;
    }

    @Override
    public Model model() {
        Model model = new Model();
        model.setModelVersion("4.0.0");
        model.setGroupId(groupId);
        model.setArtifactId(artifactId);
        model.setVersion(version);
        model.setPackaging("pom");
        return model;
    }

    @Override
    public InputStream getInputStream() {
        return InputStream.nullInputStream();
    }

    @Override
    public String getLocation() {
        return LOCATION_PREFIX + groupId + ":" + artifactId + ":" + version;
    }
}
