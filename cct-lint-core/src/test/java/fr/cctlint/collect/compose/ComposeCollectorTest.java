package fr.cctlint.collect.compose;

import static fr.cctlint.collect.compose.Trees.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.source.SourceTree;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComposeCollectorTest {
    private static final ComposeCollector COLLECTOR = new ComposeCollector();
    private static Collection shop;

    @BeforeAll
    static void readShop() throws Exception {
        try (SourceTree tree = Trees.resource("/collect/compose/shop")) {
            shop = COLLECTOR.collect(tree, Trees.claimed(tree, COLLECTOR));
        }
    }

    @ParameterizedTest(name = "{0} claimed: {1}")
    @CsvSource({
        "docker-compose.yml, true", "docker-compose.dbs.yml, true", "deploy/docker-compose.prod.yaml, true",
        "compose.yaml, true", "compose.override.yml, true", "app/compose-dev.yml, true",
        "composer.yaml, false", "compose/graphdb.yaml, false", "my-docker-compose.yml, false",
        "docker-compose.json, false", "k8s/deployment.yaml, false"})
    void claimsComposeFilesByName(String path, boolean claimed) {
        assertEquals(claimed, COLLECTOR.claims(path));
    }

    @Test
    void shopFixtureReadsWithoutProblems() {
        assertEquals(List.of(), shop.problems());
    }

    @Test
    void imageTagComesFromTheDotEnvFile() {
        Component db = named(shop.components(), "postgres");
        assertEquals("pkg:docker/library/postgres@16-alpine", db.purl());
        assertEquals("16-alpine", db.version());
        assertEquals(ComponentType.CONTAINER, db.type());
        assertEquals(Scope.RUNTIME, db.scope());
        assertEquals(Roles.COMPOSE_SERVICE_IMAGE, db.property(Roles.KEY));
        assertEquals(new Evidence("docker-compose.yml", 11, "image: postgres:${PG_TAG}"), db.primaryEvidence());
    }

    @Test
    void sameFileExtendsSharesTheImageAndKeepsEachServiceFacts() {
        Component db = named(shop.components(), "postgres");
        assertEquals("db,db-replica", db.property("cct:serviceName"));
        assertEquals("5432:5432,5433:5432", db.property("cct:ports"));
        assertEquals("postgres", db.property("cct:user"), "only db-replica sets a user");
        assertEquals(1, db.evidence().size(), "both services name the image on the same line");
    }

    @Test
    void mergeKeysAndDefaultsAreApplied() {
        Component keycloak = named(shop.components(), "quay.io/keycloak/keycloak");
        assertEquals("pkg:docker/keycloak/keycloak@24.0.5?repository_url=quay.io%2Fkeycloak%2Fkeycloak", keycloak.purl());
        assertEquals("1000:1000", keycloak.property("cct:user"), "user comes from the <<: *common merge key");
        assertEquals("TZ", keycloak.property("cct:environmentKeys"));
        assertEquals("8081:8080", keycloak.property("cct:ports"));

        Component cache = named(shop.components(), "redis");
        assertEquals("7.2-alpine", cache.version(), "the whole image comes from ${CACHE_IMAGE:-redis:7.2-alpine}");
        assertEquals("true", cache.property("cct:healthcheck"));
    }

    @Test
    void unresolvedImageIsKeptAsAnExpressionWithoutVersion() {
        Component broker = named(shop.components(), "${MIRROR}/${BROKER_IMAGE}");
        assertNull(broker.purl());
        assertNull(broker.version());
        assertEquals("${MIRROR}/${BROKER_IMAGE}", broker.property(ContainerImages.IMAGE_EXPRESSION));
        assertEquals(Roles.COMPOSE_SERVICE_IMAGE, broker.property(Roles.KEY));
    }

    @Test
    void builtServicesAreTheProjectItselfLinkedToTheirDockerfile() {
        Component api = named(shop.components(), "registry.example.org/shop/api");
        assertTrue(api.subject(), "an image the project builds is not a third-party product");
        assertEquals("api/docker/Dockerfile", api.property("cct:builtFrom"));
        assertEquals("root", api.property("cct:user"));
        assertEquals("80:8080", api.property("cct:ports"));
        assertEquals("SPRING_DATASOURCE_PASSWORD,JAVA_OPTS", api.property("cct:environmentKeys"));

        Component worker = named(shop.components(), "worker");
        assertTrue(worker.subject());
        assertNull(worker.purl());
        assertEquals("worker/Dockerfile", worker.property("cct:builtFrom"));
        assertEquals("build: worker", worker.primaryEvidence().text());
    }

    @Test
    void profilesDecideTheScopeOnlyForDebugAndTestServices() {
        Component mailhog = named(shop.components(), "mailhog/mailhog");
        assertEquals("debug", mailhog.property("cct:profiles"));
        assertEquals(Scope.BUILD, mailhog.scope());
        assertEquals(Scope.TEST, named(shop.components(), "mcr.microsoft.com/playwright").scope());
        assertEquals(Scope.RUNTIME, ComposeParser.profileScope(List.of("all", "keycloak")));
        assertEquals(Scope.TEST, ComposeParser.profileScope(List.of("debug", "test")));
    }

    @Test
    void testComposeFilesAreTestScope() {
        assertEquals(Scope.TEST, named(shop.components(), "selenium/standalone-chrome").scope());
    }

    @Test
    void extendsAcrossFilesPointsAtTheBaseFileAndTheService() {
        Component search = named(shop.components(), "opensearchproject/opensearch");
        assertEquals(List.of(new Evidence("compose/search.yaml", 3, "image: opensearchproject/opensearch:2.13.0"),
                new Evidence("docker-compose.yml", 63, "search:")), search.evidence());
        assertEquals("search", search.property("cct:serviceName"));
        assertEquals("9600:9600,9200:9200", search.property("cct:ports"));
        assertEquals("true", search.property("cct:privileged"));
        assertEquals("discovery.type,OPENSEARCH_INITIAL_ADMIN_PASSWORD", search.property("cct:environmentKeys"));
    }

    @Test
    void secretValuesAreNeverRecorded() {
        for (Component c : shop.components()) {
            String all = c.toString();
            assertFalse(all.contains("never-printed") || all.contains("s3cr3t"), c.name());
        }
    }

    @Test
    void missingExtendsFileIsAProblemAndTheRestIsRead() throws Exception {
        try (SourceTree tree = Trees.of(Map.of("compose.yaml", """
                services:
                  app:
                    extends:
                      file: ../outside/base.yaml
                      service: app
                  loop-a:
                    extends: loop-b
                    image: a:1
                  loop-b:
                    extends: loop-a
                  ghost:
                    extends:
                      service: nobody
                  db:
                    image: postgres:16
                """))) {
            Collection result = COLLECTOR.collect(tree, List.of("compose.yaml"));
            assertEquals("postgres", named(result.components(), "postgres").name());
            List<String> problems = result.problems().stream()
                    .map(p -> p.line() + " " + Messages.english().render(p.message())).toList();
            assertTrue(problems.contains("4 extends names ../outside/base.yaml, which is not in the scanned tree:"
                    + " the service's inherited image and settings are unknown"), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.contains("loops back")), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("13 extends names service nobody")),
                    problems.toString());
        }
    }

    @Test
    void includedFilesAreRead() throws Exception {
        try (SourceTree tree = Trees.of(Map.of(
                "compose.yaml", "include:\n  - infra/db.yaml\n  - path: [missing.yaml]\nservices: {}\n",
                "infra/db.yaml", "services:\n  db:\n    image: mariadb:11.4\n"))) {
            Collection result = COLLECTOR.collect(tree, List.of("compose.yaml"));
            assertEquals(new Evidence("infra/db.yaml", 3, "image: mariadb:11.4"),
                    named(result.components(), "mariadb").primaryEvidence());
            assertEquals(1, result.problems().size());
            assertEquals(3, result.problems().get(0).line());
        }
    }

    @Test
    void brokenFilesGiveProblemsWithLinesAndOtherFilesAreStillRead() throws Exception {
        StringBuilder bomb = new StringBuilder("a0: &a0 {image: nginx:1.27}\n");
        for (int i = 1; i < 9; i++) { // each level merges the previous one ten times: 10^8 merges if expanded
            bomb.append("a").append(i).append(": &a").append(i).append(" {<<: [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]}\n");
        }
        bomb.append("services:\n  x:\n    <<: *a8\n");
        try (SourceTree tree = Trees.of(Map.of(
                "a/docker-compose.yml", "services:\n  web:\n    image: nginx:1.27\n   ports: [80]\n",
                "b/docker-compose.yml", "services:\n  web:\n    image: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1),
                "c/docker-compose.yml", "",
                "d/docker-compose.yml", "- just\n- a list\n",
                "e/docker-compose.yml", bomb.toString(),
                "f/docker-compose.yml", "services:\n  db:\n    image: postgres:16\n"))) {
            Collection result = COLLECTOR.collect(tree, Trees.claimed(tree, COLLECTOR));
            assertEquals(List.of("nginx", "postgres"), result.components().stream().map(Component::name).toList(),
                    "the merge-key bomb is read once per anchor");
            assertEquals(List.of("a/docker-compose.yml:4", "b/docker-compose.yml:3", "d/docker-compose.yml:1"),
                    result.problems().stream().map(p -> p.file() + ":" + p.line()).toList());
            for (Problem p : result.problems()) {
                assertFalse(Messages.english().render(p.message()).isBlank());
            }
        }
    }
}
