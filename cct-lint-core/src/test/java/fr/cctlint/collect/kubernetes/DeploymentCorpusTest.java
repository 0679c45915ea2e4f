package fr.cctlint.collect.kubernetes;

import static fr.cctlint.collect.compose.Trees.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.compose.ComposeCollector;
import fr.cctlint.collect.compose.ContainerImages;
import fr.cctlint.collect.compose.Trees;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.referential.IndexedProductMatcher;
import fr.cctlint.referential.ReferentialLoader;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Compose files and Kubernetes manifests of real public-sector projects ({@code ../shared/corpus/repos}), read by
 * the compose and Kubernetes collectors; every expected fact was checked by reading the files. Skipped where the
 * corpus is absent.
 */
class DeploymentCorpusTest {

    private static Collection collect(String repo, Collector collector) throws Exception {
        String shared = System.getProperty("cct.shared");
        Path root = shared == null ? null : Path.of(shared, "corpus/repos", repo);
        Assumptions.assumeTrue(root != null && Files.isDirectory(root),
                "corpus repository " + repo + " is not available (cct.shared unset or ../shared absent)");
        try (SourceTree tree = PathSourceTree.open(root, repo)) {
            return collector.collect(tree, Trees.claimed(tree, collector));
        }
    }

    @Test
    void queenComposeKeepsTheEnvironmentNamedImageUnresolved() throws Exception {
        Collection queen = collect("InseeFr__Queen-Back-Office", new ComposeCollector());
        assertEquals(List.of(), queen.problems());
        Component activemq = named(queen.components(), "${IMAGES_REGISTRY_DOCKER_IO}/${IMAGE_ACTIVEMQ}");
        assertNull(activemq.version());
        assertNull(activemq.purl());
        assertEquals("${IMAGES_REGISTRY_DOCKER_IO}/${IMAGE_ACTIVEMQ}", activemq.property(ContainerImages.IMAGE_EXPRESSION));
        assertEquals(new Evidence("queen-listener-jms/compose.yml", 28,
                "image: ${IMAGES_REGISTRY_DOCKER_IO}/${IMAGE_ACTIVEMQ}"), activemq.primaryEvidence());
        assertEquals("61616:61616,8161:8161", activemq.property("cct:ports"));
        assertEquals("ARTEMIS_USER,ARTEMIS_PASSWORD", activemq.property("cct:environmentKeys"));

        Component postgres = named(queen.components(), "postgres");
        assertEquals("14.21", postgres.version());
        assertEquals(List.of("queen-application/compose.yml:19", "queen-application/compose.yml:37",
                "queen-listener-jms/compose.yml:41"), postgres.evidence().stream().map(Evidence::location).toList());
        assertEquals("${QUEEN_DB_PORT}:5432,${QUEEN_DB_CIPHERED_PORT}:5432", postgres.property("cct:ports"));

        IndexedProductMatcher matcher = new IndexedProductMatcher(ReferentialLoader.bundled());
        assertEquals("AT-1541", matcher.match(postgres).orElseThrow().family().get(0).ref());
        assertEquals("SG-1574", matcher.match(named(queen.components(), "quay.io/keycloak/keycloak"))
                .orElseThrow().family().get(0).ref());
    }

    @Test
    void bauhausExtendsAcrossFilesAndBuildsItsOwnImage() throws Exception {
        Collection bauhaus = collect("InseeFr__Bauhaus-Back-Office", new ComposeCollector());
        assertEquals(List.of(), bauhaus.problems());
        Component graphdb = named(bauhaus.components(), "ontotext/graphdb");
        assertEquals("10.8.4", graphdb.version());
        assertEquals(List.of("module-bauhaus-bo/compose/graphdb.yaml:3", "module-bauhaus-bo/compose.yaml:10"),
                graphdb.evidence().stream().map(Evidence::location).toList());
        Component back = named(bauhaus.components(), "bauhaus-back");
        assertTrue(back.subject());
        assertEquals("Dockerfile.bauhaus", back.property("cct:builtFrom"));
        assertEquals("8080:8080", back.property("cct:ports"));
        assertEquals("latest", named(bauhaus.components(), "minio/minio").version());
    }

    @Test
    void trackdechetsComposeFollowsExtendsIntoTheDatabasesFile() throws Exception {
        Collection td = collect("MTES-MCT__trackdechets", new ComposeCollector());
        assertEquals(List.of(), td.problems());
        Component postgres = named(td.components(), "postgres");
        assertEquals("16.8-alpine", postgres.version());
        assertEquals(List.of("docker-compose.dbs.yml:3", "docker-compose.yml:2"),
                postgres.evidence().stream().map(Evidence::location).toList());
        assertEquals("5432:5432", postgres.property("cct:ports"));
        assertEquals("7.10.2", named(td.components(), "docker.elastic.co/elasticsearch/elasticsearch-oss").version());
        assertEquals("0", named(td.components(), "grafana/loki").property("cct:user"));
        assertEquals("3200,4317,4318", named(td.components(), "grafana/tempo").property("cct:ports"));
        assertEquals("80:80", named(td.components(), "nginx").property("cct:ports"));
    }

    @Test
    void trackdechetsManifestsGiveWorkloadsOperatorsAndTheirFacts() throws Exception {
        Collection td = collect("MTES-MCT__trackdechets", new KubernetesCollector());
        assertEquals(List.of(), td.problems());
        Component api = named(td.components(), "ghcr.io/mtes-mct/trackdechets/api");
        assertEquals("Deployment/api,Job/prisma-migrate", api.property("cct:workload"));
        assertEquals("4000", api.property("cct:containerPorts"));
        assertEquals(new Evidence("kubernetes/apps/api.yaml", 25, "image: ghcr.io/mtes-mct/trackdechets/api:latest"),
                api.primaryEvidence());
        Component cron = named(td.components(), "ghcr.io/mtes-mct/trackdechets/cron");
        assertEquals("true", cron.property("cct:livenessProbe"));
        assertEquals("false", cron.property("cct:readinessProbe"));
        assertEquals("82", named(td.components(), "ghcr.io/mtes-mct/trackdechets/notifier").property("cct:containerPorts"));

        Component busybox = named(td.components(), "busybox");
        assertEquals("initContainer", busybox.property("cct:containerType"));
        assertEquals("true", busybox.property("cct:privileged"));
        assertEquals("Elasticsearch/elasticsearch", busybox.property("cct:workload"));

        Component pg = named(td.components(), "ghcr.io/cloudnative-pg/postgresql");
        assertEquals(new Evidence("kubernetes/databases/postgresql.yaml", 12,
                "imageName: ghcr.io/cloudnative-pg/postgresql:16.8"), pg.primaryEvidence());
        IndexedProductMatcher matcher = new IndexedProductMatcher(ReferentialLoader.bundled());
        assertEquals("AT-1541", matcher.match(pg).orElseThrow().family().get(0).ref());
        assertEquals("RedisFailover/redis", named(td.components(), "redis").property("cct:workload"));
        assertEquals("6.0.9-7", named(td.components(), "percona/percona-server-mongodb").version());
        assertTrue(td.components().stream().noneMatch(c -> c.primaryEvidence().file().contains("secrets")),
                "Secrets and ConfigMaps are data");
    }
}
