package fr.cctlint.collect.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Roles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.model.Component;
import fr.cctlint.referential.IndexedProductMatcher;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.ReferentialLoader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The components the Dockerfile collector makes are recognised by the bundled referential. */
class DockerImagesMatchTest {
    private static IndexedProductMatcher matcher;

    @BeforeAll
    static void load() {
        matcher = new IndexedProductMatcher(ReferentialLoader.bundled());
    }

    private static Component finalImage(String dockerfile) {
        return DockerfileParser.parse(SourceText.of("Dockerfile", dockerfile)).components().stream()
                .filter(c -> Roles.FINAL_STAGE_IMAGE.equals(c.property(Roles.KEY))).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "eclipse-temurin:21-jre, DV-1599",
            "postgres:16-alpine, AT-1541",
            "docker.io/library/postgres:16, AT-1541",
            "bitnami/postgresql:16.2.0, AT-1541",
            "nginx:1.25-bookworm, AT-1379"})
    void finalStageImagesNameTheirProduct(String image, String ref) {
        Optional<Match> match = matcher.match(finalImage("FROM " + image + "\n"));
        assertTrue(match.isPresent(), image);
        assertTrue(match.get().family().stream().map(Product::ref).anyMatch(ref::equals), match.get().family().toString());
    }

    @Test
    void temurinTagGivesTheJavaLine() {
        Match match = matcher.match(finalImage("FROM eclipse-temurin:21-jre\n")).orElseThrow();
        assertEquals("DV-1599", match.entry().ref());
    }

    @Test
    void ubiMinimalIsRedHatEnterpriseLinux() {
        Component ubi = finalImage("ARG V=9.4\nFROM registry.access.redhat.com/ubi9/ubi-minimal:${V}\n");
        Match match = matcher.match(ubi).orElseThrow();
        assertEquals(List.of("AT-1137", "AT-1364", "AT-1411"), match.family().stream().map(Product::ref).toList());
    }

    @Test
    void aDebianNginxPackageIsNginx() {
        List<Component> all = DockerfileParser.parse(SourceText.of("Dockerfile",
                "FROM debian:12\nRUN apt-get install -y nginx=1.22.1-9 curl\n")).components();
        Component nginx = all.stream().filter(c -> "nginx".equals(c.name())).findFirst().orElseThrow();
        assertEquals("pkg:deb/debian/nginx@1.22.1-9", nginx.purl());
        Match match = matcher.match(nginx).orElseThrow();
        assertEquals("AT-1379", match.family().get(0).ref());
    }
}
