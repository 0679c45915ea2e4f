package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ArtifactUriTest {

    @Test
    void relativePathsAreRelativeToTheSourceRoot() {
        assertEquals(new ArtifactUri("app/pom.xml", "%SRCROOT%"), ArtifactUri.of("app/pom.xml"));
        assertEquals(new ArtifactUri("app/pom.xml", "%SRCROOT%"), ArtifactUri.of("./app/pom.xml"));
        assertEquals(new ArtifactUri("app/pom.xml", "%SRCROOT%"), ArtifactUri.of("app\\pom.xml"));
    }

    @Test
    void spacesAndAccentsArePercentEncoded() {
        assertEquals("mes%20projets/d%C3%A9p%C3%B4t/bom.json", ArtifactUri.of("mes projets/dépôt/bom.json").uri());
    }

    @Test
    void aColonInTheFirstSegmentDoesNotBecomeAScheme() {
        assertEquals("c%3Afile.txt", ArtifactUri.of("c:file.txt").uri());
    }

    @Test
    void absolutePathsAndUrlsStayAbsolute() {
        ArtifactUri unix = ArtifactUri.of("/home/ci/bom.json");
        assertEquals("file:///home/ci/bom.json", unix.uri());
        assertNull(unix.uriBaseId());
        assertEquals("file:///C:/work/bom.json", ArtifactUri.of("C:\\work\\bom.json").uri());
        assertEquals("https://example.org/bom.json", ArtifactUri.of("https://example.org/bom.json").uri());
    }
}
