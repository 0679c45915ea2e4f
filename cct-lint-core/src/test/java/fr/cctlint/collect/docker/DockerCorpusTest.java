package fr.cctlint.collect.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.model.Component;
import fr.cctlint.model.Scope;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real Dockerfiles of French public-sector projects ({@code cct.shared/corpus/repos}); facts checked by reading
 * the files. Skipped when the corpus is absent.
 */
class DockerCorpusTest {
    private final DockerfileCollector collector = new DockerfileCollector();

    private Collection scan(String repo) throws Exception {
        String shared = System.getProperty("cct.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus/repos", repo)),
                "the corpus (cct.shared/corpus/repos) is not available here");
        try (SourceTree tree = PathSourceTree.open(Path.of(shared, "corpus/repos", repo), repo)) {
            return collector.collect(tree, tree.files().stream().filter(collector::claims).toList());
        }
    }

    private static Component finalImage(Collection c, String dockerfile) {
        return c.components().stream().filter(x -> dockerfile.equals(x.property(DockerfileParser.DOCKERFILE))
                && Roles.FINAL_STAGE_IMAGE.equals(x.property(Roles.KEY))).findFirst().orElseThrow();
    }

    @Test
    void bauhausBuildsWithAJdkAndRunsOnAJreAsAnUnprivilegedUser() throws Exception {
        Collection c = scan("InseeFr__Bauhaus-Back-Office");
        assertTrue(c.problems().isEmpty(), c.problems().toString());
        Component build = c.components().get(0);
        assertEquals("pkg:docker/library/eclipse-temurin@25-jdk-jammy", build.purl());
        assertEquals(Scope.BUILD, build.scope());
        assertEquals("builder", build.property(DockerfileParser.STAGE));
        Component runtime = finalImage(c, "Dockerfile.bauhaus");
        assertEquals("pkg:docker/library/eclipse-temurin@25-jre-jammy", runtime.purl());
        assertEquals(13, runtime.primaryEvidence().line());
        assertEquals("10000", runtime.property(DockerfileParser.USER));
        assertEquals("25", runtime.property(DockerfileParser.USER_LINE));
        assertEquals("8080/tcp", runtime.property(DockerfileParser.EXPOSED_PORTS));
    }

    @Test
    void queenUserComesFromAnEnvVariable() throws Exception {
        Collection c = scan("InseeFr__Queen-Back-Office");
        Component app = finalImage(c, "queen-application/Dockerfile");
        assertEquals("eclipse-temurin", app.name());
        assertEquals("25.0.3_9-jre-jammy", app.version());
        assertEquals("10001", app.property(DockerfileParser.USER)); // USER $JAVA_USER_ID, ENV JAVA_USER_ID=10001
        Component jms = finalImage(c, "queen-listener-jms/Dockerfile");
        assertEquals("gitlab-registry.insee.fr/kubernetes/images/run/java", jms.name());
        assertEquals("21.0.8_9-jre-jammy-rootless", jms.version());
    }

    @Test
    void georchestraImagesUsersAndPackages() throws Exception {
        Collection c = scan("georchestra__georchestra");
        assertTrue(c.problems().isEmpty(), c.problems().toString());
        Component console = finalImage(c, "console/src/docker/Dockerfile");
        assertEquals("pkg:docker/library/jetty@11-jre17", console.purl());
        assertEquals("jetty", console.property(DockerfileParser.USER)); // USER root, then USER jetty
        assertEquals("12", console.property(DockerfileParser.USER_LINE));
        Component ldap = finalImage(c, "ldap/Dockerfile");
        assertEquals("pkg:docker/library/debian@13", ldap.purl());
        assertEquals(null, ldap.property(DockerfileParser.USER));
        assertEquals("389/tcp", ldap.property(DockerfileParser.EXPOSED_PORTS));
        List<String> ldapPackages = packages(c, "ldap/Dockerfile");
        assertEquals(List.of("pkg:deb/debian/slapd", "pkg:deb/debian/ldap-utils", "pkg:deb/debian/procps",
                "pkg:deb/debian/sasl2-bin"), ldapPackages);
        Component slapd = c.components().stream().filter(x -> "slapd".equals(x.name())).findFirst().orElseThrow();
        assertEquals("${OPENLDAP_VERSION}*", slapd.property(ImageComponents.VERSION_EXPRESSION));
        assertEquals(19, slapd.primaryEvidence().line());
        assertEquals(List.of("pkg:deb/debian/postgresql-18-postgis-3", "pkg:deb/debian/postgresql-18-postgis-3-scripts"),
                packages(c, "postgresql/Dockerfile"));
        assertEquals("pkg:docker/library/postgres@18", finalImage(c, "postgresql/Dockerfile").purl());
        assertTrue(packages(c, "console/src/docker/Dockerfile").isEmpty(), "RUN #apk add ... is a comment");
    }

    @Test
    void trackdechetsRunsNodeImagesAsItsOwnUser() throws Exception {
        Collection c = scan("MTES-MCT__trackdechets");
        assertTrue(c.problems().isEmpty(), c.problems().toString());
        assertEquals(10, c.components().size());
        assertEquals("pkg:docker/library/node@24-alpine", finalImage(c, "apps/ui/Dockerfile").purl());
        assertTrue(c.components().stream().allMatch(x -> "trackdechets".equals(x.property(DockerfileParser.USER))));
    }

    private static List<String> packages(Collection c, String dockerfile) {
        return c.components().stream().filter(x -> dockerfile.equals(x.property(DockerfileParser.DOCKERFILE))
                && Roles.IMAGE_OS_PACKAGE.equals(x.property(Roles.KEY))).map(Component::purl).toList();
    }
}
