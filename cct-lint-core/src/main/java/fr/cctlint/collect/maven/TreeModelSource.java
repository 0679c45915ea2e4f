package fr.cctlint.collect.maven;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.maven.model.building.ModelSource2;

/**
 * A POM of the tree as Maven's model builder sees it: its location is the tree-relative path (so every position
 * Maven keeps names the file the user knows), and a parent's {@code relativePath} resolves inside the tree only.
 */
final class TreeModelSource implements ModelSource2, ParsedModelSource {
    private final TreePoms poms;
    private final TreePoms.Pom pom;

    TreeModelSource(TreePoms poms, TreePoms.Pom pom) {
        this.poms = poms;
        this.pom = pom;
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(pom.bytes());
    }

    @Override
    public org.apache.maven.model.Model model() {
        return pom.raw().clone();
    }

    @Override
    public String getLocation() {
        return pom.path();
    }

    @Override
    public ModelSource2 getRelatedSource(String relativePath) {
        return poms.related(pom.path(), relativePath).map(p -> new TreeModelSource(poms, p)).orElse(null);
    }

    @Override
    public URI getLocationURI() {
        try {
            return new URI("tree", null, "/" + pom.path(), null);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
