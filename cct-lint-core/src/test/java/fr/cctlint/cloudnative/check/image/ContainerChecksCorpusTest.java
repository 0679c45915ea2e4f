package fr.cctlint.cloudnative.check.image;

import fr.cctlint.cloudnative.check.CheckFixtures;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.RequirementCheck;
import fr.cctlint.cloudnative.check.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.cctlint.model.Evidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** CN029 and CN032 on the shared corpus of real projects (skipped when it is absent). */
class ContainerChecksCorpusTest {

    private static Path repos() {
        String shared = System.getProperty("cct.shared");
        Path repos = shared == null ? null : Path.of(shared, "corpus", "repos");
        assumeTrue(repos != null && Files.isDirectory(repos), "the corpus (cct.shared/corpus/repos) is not available here");
        return repos;
    }

    private static Path repo(String name) {
        Path repo = repos().resolve(name);
        assumeTrue(Files.isDirectory(repo), name + " is not in the corpus here");
        return repo;
    }

    @TestFactory
    Stream<DynamicTest> everyProjectIsCheckedWithoutException() throws IOException {
        List<Path> projects;
        try (Stream<Path> list = Files.list(repos())) {
            projects = list.filter(Files::isDirectory).sorted().toList();
        }
        return projects.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            for (RequirementCheck check : List.of(new ImageOsCheck(), new RootlessCheck())) {
                CheckResult result = CheckFixtures.run(check, p);
                for (Violation v : result.violations()) {
                    assertTrue(v.location().hasLine() && !v.location().text().isBlank(), v.toString());
                }
                assertEquals(result.violations().size(),
                        result.violations().stream().map(Violation::subject).distinct().count());
            }
        }));
    }

    /** trackdechets: the UI image and the databases run on Alpine; the Node images on the default Debian. */
    @Test
    void trackdechetsImages() {
        CheckResult result = CheckFixtures.run(new ImageOsCheck(), repo("MTES-MCT__trackdechets"));
        List<String> subjects = result.violations().stream().map(Violation::subject).toList();
        assertTrue(subjects.contains("apps/ui/Dockerfile:final-stage-os"), subjects.toString());
        assertTrue(subjects.contains("docker-compose.dbs.yml:image-os:postgres"), subjects.toString());
        assertTrue(subjects.contains("kubernetes/databases/redis.yaml:image-os:redis"), subjects.toString());
        assertFalse(subjects.contains("docker-compose.yml:image-os:postgres"),
                "the extending service is judged where the image is written");
        assertFalse(subjects.stream().anyMatch(s -> s.contains("apps/api")), subjects.toString());
        assertTrue(result.checked().contains(new Evidence("apps/api/Dockerfile", 1, "FROM node:24")));
        assertFalse(subjects.stream().anyMatch(s -> s.contains("ghcr.io/mtes-mct")), "own images are unknown: not judged");
    }

    /** trackdechets: every app image ends with USER trackdechets; nginx listens on 80, the notifier on 82. */
    @Test
    void trackdechetsRootless() {
        CheckResult result = CheckFixtures.run(new RootlessCheck(), repo("MTES-MCT__trackdechets"));
        List<String> subjects = result.violations().stream().map(Violation::subject).toList();
        assertTrue(subjects.contains("docker-compose.yml:service/nginx:port:80"), subjects.toString());
        assertTrue(subjects.contains("kubernetes/apps/notifier.yaml:Deployment/notifier/notifier:port:82"),
                subjects.toString());
        assertTrue(subjects.stream().anyMatch(s -> s.startsWith("kubernetes/databases/elasticsearch.yaml:")
                && s.endsWith(":privileged")), subjects.toString());
        assertFalse(subjects.stream().anyMatch(s -> s.endsWith(":final-stage-user")), subjects.toString());
        assertTrue(result.checked().contains(new Evidence("apps/api/Dockerfile", 12, "USER trackdechets")));
    }

    /** georchestra: the LDAP image runs slapd as root on port 389. */
    @Test
    void georchestraLdapRunsAsRootOnALowPort() {
        CheckResult result = CheckFixtures.run(new RootlessCheck(), repo("georchestra__georchestra"));
        List<String> subjects = result.violations().stream().map(Violation::subject).toList();
        assertTrue(subjects.containsAll(List.of("ldap/Dockerfile:final-stage-user", "ldap/Dockerfile:expose:389/tcp")),
                subjects.toString());
        assertTrue(result.checked().contains(new Evidence("console/src/docker/Dockerfile", 12, "USER jetty")),
                "USER root then USER jetty: the last one counts");
    }
}
