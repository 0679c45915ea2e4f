package fr.cctlint.collect.maven;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Writer;

/**
 * A POM that is not in the tree and is never downloaded: only its coordinates, so a child can still be built. What
 * it would have managed (versions, properties, plugins) stays unknown.
 */
final class StubModelSource implements org.apache.maven.model.building.ModelSource {
    /** Prefix of a stub's location, never a tree path. */
    static final String LOCATION_PREFIX = "absent:";

    private final String coordinates;
    private final byte[] bytes;

    StubModelSource(String groupId, String artifactId, String version) {
        this.coordinates = groupId + ":" + artifactId + ":" + version;
        Model model = new Model();
        model.setModelVersion("4.0.0");
        model.setGroupId(groupId);
        model.setArtifactId(artifactId);
        model.setVersion(version);
        model.setPackaging("pom");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new MavenXpp3Writer().write(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.bytes = out.toByteArray();
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public String getLocation() {
        return LOCATION_PREFIX + coordinates;
    }
}
