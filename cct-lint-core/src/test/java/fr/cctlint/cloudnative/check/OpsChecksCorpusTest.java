package fr.cctlint.cloudnative.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.cloudnative.check.access.ProductionAccessCheck;
import fr.cctlint.cloudnative.check.health.HealthCheck;
import fr.cctlint.cloudnative.check.identity.UserIdentityCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** CN014, CN025 and CN056 on real projects of ../shared/corpus/repos (skipped where the corpus is absent). */
class OpsChecksCorpusTest {

    private static Path repo(String name) {
        String shared = System.getProperty("cct.shared");
        Assumptions.assumeTrue(shared != null, "cct.shared is not set: no corpus");
        Path path = Path.of(shared, "corpus", "repos", name);
        Assumptions.assumeTrue(Files.isDirectory(path), "corpus repository absent: " + path);
        return path;
    }

    private static List<String> locations(CheckResult result) {
        return result.violations().stream().map(v -> v.location().location()).toList();
    }

    @Test
    void trackdechetsQueueWorkersLackReadinessProbesTheApiHasBoth() {
        CheckResult result = CheckFixtures.run(new HealthCheck(), repo("MTES-MCT__trackdechets"));

        List<String> where = locations(result);
        // queue-workers.yaml: six Deployments whose container has a liveness probe only
        assertEquals(6, where.stream().filter(l -> l.startsWith("kubernetes/apps/queue-workers.yaml:")).count(), where.toString());
        assertTrue(where.contains("kubernetes/apps/cron.yaml:27"), where.toString());
        assertTrue(result.checked().stream().anyMatch(e -> e.location().equals("kubernetes/apps/api.yaml:24")),
                result.checked().toString());
        assertTrue(where.stream().noneMatch(l -> l.startsWith("kubernetes/apps/prisma-migrate-job.yaml")), "a Job");
        assertTrue(result.violations().stream().filter(v -> v.location().file().startsWith("kubernetes/"))
                .allMatch(v -> v.message().key().equals("cnops.health.noReadiness")));
    }

    @Test
    void queenHasTheActuatorBauhausDoesNot() {
        CheckResult queen = CheckFixtures.run(new HealthCheck(), repo("InseeFr__Queen-Back-Office"));
        CheckResult bauhaus = CheckFixtures.run(new HealthCheck(), repo("InseeFr__Bauhaus-Back-Office"));

        assertEquals(List.of(), queen.violations());
        assertTrue(queen.checked().stream().anyMatch(e -> e.file().endsWith("queen-application/pom.xml")),
                queen.checked().toString());
        assertEquals(1, bauhaus.violations().size(), locations(bauhaus).toString());
        assertEquals("pom.xml", bauhaus.violations().get(0).location().file());
        assertEquals("Spring Boot", bauhaus.violations().get(0).message().args().get(0));
    }

    @Test
    void noCorpusWorkflowChangesAClusterDirectly() {
        for (String name : List.of("MTES-MCT__trackdechets", "InseeFr__Queen-Back-Office",
                "InseeFr__Bauhaus-Back-Office", "georchestra__georchestra")) {
            CheckResult result = CheckFixtures.run(new ProductionAccessCheck(), repo(name));
            assertEquals(List.of(), locations(result), name);
            assertEquals(CheckResult.Outcome.PASSED, result.outcome(), name);
        }
    }

    @Test
    void trackdechetsKeepsItsOwnPasswordsTheInseeBackEndsUseTheSso() {
        CheckResult trackdechets = CheckFixtures.run(new UserIdentityCheck(), repo("MTES-MCT__trackdechets"));
        CheckResult queen = CheckFixtures.run(new UserIdentityCheck(), repo("InseeFr__Queen-Back-Office"));
        CheckResult bauhaus = CheckFixtures.run(new UserIdentityCheck(), repo("InseeFr__Bauhaus-Back-Office"));

        List<String> hashing = trackdechets.violations().stream().map(v -> v.component().name()).distinct().toList();
        assertTrue(hashing.contains("bcrypt") && hashing.contains("passport-local"), hashing.toString());
        assertEquals(CheckResult.Outcome.PASSED, queen.outcome());
        assertEquals(CheckResult.Outcome.PASSED, bauhaus.outcome());
        assertTrue(bauhaus.checked().stream().anyMatch(e -> e.text().contains("oauth2-resource-server")),
                bauhaus.checked().toString());
    }

    @Test
    void everyViolationOnEveryCorpusProjectPointsAtAQuotedLine() {
        for (String name : List.of("MTES-MCT__trackdechets", "InseeFr__Queen-Back-Office",
                "InseeFr__Bauhaus-Back-Office", "georchestra__georchestra")) {
            for (RequirementCheck check : List.of(new HealthCheck(), new ProductionAccessCheck(), new UserIdentityCheck())) {
                CheckResult result = CheckFixtures.run(check, repo(name));
                assertTrue(result.violations().stream().allMatch(v -> v.location().hasLine()
                        && !v.location().text().isBlank()), name + " " + check.rule());
                assertTrue(result.checked().stream().allMatch(e -> e.hasLine()), name + " " + check.rule());
            }
        }
    }
}
