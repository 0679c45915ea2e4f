package fr.cctlint.cloudnative.check.config;

import fr.cctlint.cloudnative.check.CheckFixtures;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.RequirementCheck;
import fr.cctlint.cloudnative.check.api.ApiDescriptionCheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.model.Evidence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * CN046 and CN047 on real public-sector projects ({@code ../shared/corpus/repos}); every expected outcome was checked
 * by reading the files. Skipped where the corpus is absent.
 */
class ConfigAndApiCorpusTest {

    private static CheckResult run(RequirementCheck check, String repo) {
        String shared = System.getProperty("cct.shared");
        Path root = shared == null ? null : Path.of(shared, "corpus/repos", repo);
        Assumptions.assumeTrue(root != null && Files.isDirectory(root),
                "corpus repository " + repo + " is not available (cct.shared unset or ../shared absent)");
        return CheckFixtures.run(check, root);
    }

    private static List<String> flagged(CheckResult result) {
        return result.violations().stream().map(v -> v.location().location()).toList();
    }

    @Test
    void trackdechetsLiteralPasswordsInComposeAndCommittedSecretsButReferencesAndServiceNamesAreFine() {
        CheckResult result = run(new HardCodedConfigCheck(), "MTES-MCT__trackdechets");
        List<String> flagged = flagged(result);
        // docker-compose.dbs.yml: POSTGRES_PASSWORD: password, - MONGO_INITDB_ROOT_PASSWORD=password
        assertTrue(flagged.containsAll(List.of("docker-compose.dbs.yml:7", "docker-compose.dbs.yml:34",
                "docker-compose.yml:41", "otel/local/docker-compose.yml:21")), flagged::toString);
        // Secrets with stringData "changeme-..." placeholders, one violation per Secret object
        assertEquals(6, result.violations().stream().filter(v -> v.message().key().equals("cnconfig.secretObject"))
                .count());
        assertEquals("MONGODB_BACKUP_USER: ****", result.violations().stream()
                .filter(v -> v.subject().equals("kubernetes/databases/mongodb.yaml:Secret/mongodb-secrets"))
                .findFirst().orElseThrow().location().text());
        // secrets.yaml holds only a SecretStore and comments; ConfigMaps hold no host; PORT values are not secrets
        assertTrue(flagged.stream().noneMatch(f -> f.startsWith("kubernetes/base/") || f.startsWith("kubernetes/apps/")));
        List<String> fine = result.checked().stream().map(Evidence::location).toList();
        assertTrue(fine.containsAll(List.of("docker-compose.yml:56", "otel/local/docker-compose.yml:19",
                "kubernetes/apps/ui.yaml:45")), fine::toString);
        assertTrue(result.violations().stream().noneMatch(v -> v.location().text().contains("password")));
        assertEquals(List.of(), result.problems());
    }

    @Test
    void queenOnlyTheKeycloakAdminPasswordIsLiteral() {
        CheckResult result = run(new HardCodedConfigCheck(), "InseeFr__Queen-Back-Office");
        assertEquals(List.of("queen-application/compose.yml:9"), flagged(result));
        assertEquals("KEYCLOAK_ADMIN_PASSWORD: ****", result.violations().get(0).location().text());
        assertEquals(4, result.checked().size()); // the ${QUEEN_DB_PASSWORD} and ${ARTEMIS_PASSWORD} references
    }

    @Test
    void bauhausMinioPasswordInAnExtendedFileAndAServiceNameUrl() {
        CheckResult result = run(new HardCodedConfigCheck(), "InseeFr__Bauhaus-Back-Office");
        assertEquals(List.of("module-bauhaus-bo/compose/minio.yaml:10"), flagged(result));
        assertEquals(List.of("module-bauhaus-bo/compose/bauhaus-back.yaml:7"),
                result.checked().stream().map(Evidence::location).toList()); // http://graphdb:7200
    }

    @Test
    void georchestraIntegrationComposeHasLiteralPasswordsButAnEmptyOneIsNotFlagged() {
        CheckResult result = run(new HardCodedConfigCheck(), "georchestra__georchestra");
        assertEquals(List.of("console/docker-compose.yml:20", "console/docker-compose.yml:29"), flagged(result));
    }

    @Test
    void apiDescriptionOnTheCorpus() {
        CheckResult queen = run(new ApiDescriptionCheck(), "InseeFr__Queen-Back-Office");
        assertEquals(CheckResult.Outcome.PASSED, queen.outcome());
        assertTrue(queen.checked().get(0).text().contains("springdoc-openapi-starter-webmvc-ui"));

        // Bauhaus declares spring-boot-starter-web in its root pom; springdoc is only a version property there
        CheckResult bauhaus = run(new ApiDescriptionCheck(), "InseeFr__Bauhaus-Back-Office");
        assertEquals(List.of("pom.xml:70"), flagged(bauhaus));
        assertEquals("pom.xml:api-description", bauhaus.violations().get(0).subject());

        // express is declared in the root package.json (line 109); the copy under @bull-board is a lockfile entry
        CheckResult trackdechets = run(new ApiDescriptionCheck(), "MTES-MCT__trackdechets");
        assertEquals(List.of("package.json:109"), flagged(trackdechets));

        CheckResult georchestra = run(new ApiDescriptionCheck(), "georchestra__georchestra");
        assertEquals(List.of("console/pom.xml:202"), flagged(georchestra));
        assertFalse(georchestra.violations().get(0).component() == null);
    }
}
