package fr.cctlint.classify;

import static fr.cctlint.classify.ServiceInferencePairsTest.inventory;
import static fr.cctlint.classify.ServiceInferencePairsTest.library;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.cctlint.collect.CollectorRegistry;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.TreeScanner;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.referential.IndexedProductMatcher;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.ReferentialLoader;
import fr.cctlint.sbom.SbomReader;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** How inferred servers are added, merged with explicit declarations, classified and matched. */
class ServiceInferenceTest {
    private static final ServiceInference INFERENCE = new ServiceInference(BackingServicesLoader.bundled());

    @Test
    void inferredComponentCarriesTheServerIdentityAndTheClientEvidence() {
        Component driver = library("pkg:maven/org.postgresql/postgresql@42.7.3", Scope.RUNTIME);
        Inventory out = INFERENCE.infer(inventory(List.of(driver)));

        assertEquals(driver, out.components().get(0), "the client is kept as it was");
        Component pg = out.components().get(1);
        assertEquals("inferred:postgresql", pg.id());
        assertEquals("PostgreSQL server", pg.name());
        assertNull(pg.version());
        assertNull(pg.group());
        assertEquals("pkg:docker/library/postgres", pg.purl());
        assertEquals(ComponentType.SERVICE, pg.type());
        assertEquals(Scope.RUNTIME, pg.scope());
        assertEquals(driver.evidence(), pg.evidence());
        assertEquals(Map.of(Roles.KEY, Roles.INFERRED_SERVICE, ServiceInference.INFERRED_FROM,
                "org.postgresql/postgresql@42.7.3", ServiceInference.SERVICE, "postgresql"), pg.properties());
    }

    @Test
    void testAndBuildScopeClientsImplyNothing() {
        Inventory in = inventory(List.of(
                library("pkg:maven/org.postgresql/postgresql@42.7.3", Scope.TEST),
                library("pkg:npm/pg@8.11.5", Scope.BUILD),
                library("pkg:pypi/redis@5.0.4", Scope.EXCLUDED),
                library("pkg:maven/org.testcontainers/postgresql@1.19.7", Scope.TEST)));
        assertSame(in, INFERENCE.infer(in));
    }

    @Test
    void optionalAndProvidedClientsStillNeedTheirServer() {
        Inventory out = INFERENCE.infer(inventory(List.of(
                library("pkg:maven/com.oracle.database.jdbc/ojdbc11@23.3.0.23.09", Scope.PROVIDED),
                library("pkg:npm/ioredis@5.4.1", Scope.OPTIONAL))));
        assertEquals(List.of("inferred:oracle-database", "inferred:redis"), ids(out).subList(2, 4));
    }

    @Test
    void twoClientsOfOneServerMakeOneComponentWithBothEvidences() {
        Component api = withEvidence(library("pkg:maven/org.postgresql/postgresql@42.7.3", Scope.RUNTIME),
                new Evidence("titres-api/pom.xml", 29, "<artifactId>postgresql</artifactId>"));
        Component batch = withEvidence(library("pkg:maven/org.postgresql/r2dbc-postgresql@1.0.5.RELEASE",
                Scope.RUNTIME), new Evidence("titres-batch/pom.xml", 25, "<artifactId>r2dbc-postgresql</artifactId>"));
        Component test = library("pkg:maven/org.postgresql/postgresql@42.7.3", Scope.TEST);
        Inventory out = INFERENCE.infer(inventory(List.of(api, test, batch)));

        List<Component> inferred = inferred(out);
        assertEquals(1, inferred.size());
        assertEquals(List.of(api.primaryEvidence(), batch.primaryEvidence()), inferred.get(0).evidence());
        assertEquals("org.postgresql/postgresql@42.7.3, org.postgresql/r2dbc-postgresql@1.0.5.RELEASE",
                inferred.get(0).property(ServiceInference.INFERRED_FROM));
    }

    @Test
    void inferredServersComeInTheFilesOrderWhateverTheClientsOrder() {
        Inventory out = INFERENCE.infer(inventory(List.of(
                library("pkg:pypi/boto3@1.34.88", Scope.RUNTIME),
                library("pkg:npm/kafkajs@2.2.4", Scope.RUNTIME),
                library("pkg:npm/ioredis@5.4.1", Scope.RUNTIME),
                library("pkg:npm/pg@8.11.5", Scope.RUNTIME))));
        assertEquals(List.of("inferred:postgresql", "inferred:redis", "inferred:kafka", "inferred:s3"),
                ids(out).subList(4, 8));
    }

    @Test
    void explicitComposeImageMergesWithTheInferredServer() {
        Component driver = library("pkg:maven/org.postgresql/postgresql@42.7.3", Scope.RUNTIME);
        Component image = container("pkg:docker/library/postgres@16", "postgres", Scope.RUNTIME,
                Roles.COMPOSE_SERVICE_IMAGE);
        Inventory out = INFERENCE.infer(inventory(List.of(image, driver)));

        assertEquals(List.of(image.id(), driver.id()), ids(out), "no inferred PostgreSQL");
        Component merged = out.components().get(0);
        assertEquals("org.postgresql/postgresql@42.7.3", merged.property(ServiceInference.INFERRED_FROM));
        assertEquals(Roles.COMPOSE_SERVICE_IMAGE, merged.property(Roles.KEY), "the image keeps its role");
        assertEquals(image.evidence(), merged.evidence());
        assertEquals(image.version(), merged.version());
    }

    @Test
    void everyExplicitFormMerges() {
        Component driver = library("pkg:maven/org.postgresql/postgresql@42.7.3", Scope.RUNTIME);
        List<Component> explicit = List.of(
                container("pkg:docker/bitnami/postgresql@16.2.0", "bitnami/postgresql", Scope.RUNTIME,
                        Roles.HELM_VALUES_IMAGE),
                container("pkg:docker/proxy/bitnami/postgresql@16?repository_url=harbor.example.org/proxy/bitnami/postgresql",
                        "harbor.example.org/proxy/bitnami/postgresql", Scope.RUNTIME, Roles.KUBERNETES_CONTAINER_IMAGE),
                container("pkg:oci/postgres@16?repository_url=docker.io/library/postgres&tag=16", "postgres",
                        Scope.RUNTIME, null),
                container(null, "postgres:16-alpine", Scope.RUNTIME, Roles.COMPOSE_SERVICE_IMAGE),
                new Component("chart", "postgresql", "bitnami", "15.2.5",
                        "pkg:helm/bitnami/postgresql?repository_url=https://charts.bitnami.com/bitnami", null,
                        ComponentType.APPLICATION, Scope.OPTIONAL, false, List.of(), Map.of(Roles.KEY, Roles.HELM_DEPENDENCY)),
                new Component("svc-db", "PostgreSQL", null, "16", null, null, ComponentType.SERVICE, Scope.RUNTIME,
                        false, List.of(), Map.of()),
                new Component("pkg:deb/debian/postgresql-16@16.2-1", "postgresql-16", "debian", "16.2-1",
                        "pkg:deb/debian/postgresql-16@16.2-1", null, ComponentType.LIBRARY, Scope.RUNTIME, false,
                        List.of(), Map.of(Roles.KEY, Roles.IMAGE_OS_PACKAGE)));
        for (Component declared : explicit) {
            Inventory out = INFERENCE.infer(inventory(List.of(driver, declared)));
            assertEquals(2, out.components().size(), "merged with " + declared.id());
            assertEquals("org.postgresql/postgresql@42.7.3",
                    out.components().get(1).property(ServiceInference.INFERRED_FROM), declared.id());
        }
    }

    @Test
    void lookAlikesAndTestOnlyDeclarationsDoNotMerge() {
        Component driver = library("pkg:maven/org.postgresql/postgresql@42.7.3", Scope.RUNTIME);
        List<Component> notTheServer = List.of(
                container("pkg:docker/mycorp/postgres@16", "mycorp/postgres", Scope.RUNTIME, Roles.COMPOSE_SERVICE_IMAGE),
                container("pkg:docker/library/postgres@16", "postgres", Scope.TEST, Roles.COMPOSE_SERVICE_IMAGE),
                container("pkg:docker/library/postgres@16", "postgres", Scope.BUILD, Roles.CI_IMAGE),
                container("pkg:docker/library/postgres@16", "postgres", Scope.RUNTIME, Roles.BUILD_STAGE_IMAGE),
                container(null, "${DB_IMAGE}", Scope.RUNTIME, Roles.COMPOSE_SERVICE_IMAGE),
                library("pkg:npm/postgres@3.4.4", Scope.RUNTIME),
                new Component("lib", "postgresql", null, "1", null, null, ComponentType.LIBRARY, Scope.RUNTIME, false,
                        List.of(), Map.of()),
                new Component("pkg:deb/debian/postgresql-client-16@16.2-1", "postgresql-client-16", "debian", "16.2-1",
                        "pkg:deb/debian/postgresql-client-16@16.2-1", null, ComponentType.LIBRARY, Scope.RUNTIME,
                        false, List.of(), Map.of()));
        for (Component other : notTheServer) {
            Inventory out = INFERENCE.infer(inventory(List.of(driver, other)));
            assertEquals(List.of(driver.id(), other.id(), "inferred:postgresql"), ids(out), other.id());
            assertNull(out.components().get(1).property(ServiceInference.INFERRED_FROM), other.id());
        }
    }

    @Test
    void aDeclaredMariaDbServesMySqlDriversAndDoesNotServeOthers() {
        Component mysql2 = library("pkg:npm/mysql2@3.9.7", Scope.RUNTIME);
        Component redis = library("pkg:npm/redis@4.6.13", Scope.RUNTIME);
        Component mariadb = container("pkg:docker/library/mariadb@11.3", "mariadb", Scope.RUNTIME,
                Roles.COMPOSE_SERVICE_IMAGE);
        Inventory out = INFERENCE.infer(inventory(List.of(mysql2, redis, mariadb)));
        assertEquals(List.of(mysql2.id(), redis.id(), mariadb.id(), "inferred:redis"), ids(out));
        assertEquals("mysql2@3.9.7", out.components().get(2).property(ServiceInference.INFERRED_FROM));
    }

    @Test
    void aServerImpliedByTwoKindsOfClientsListsThemAll() {
        Component mysql2 = library("pkg:npm/mysql2@3.9.7", Scope.RUNTIME);
        Component connectorJ = library("pkg:maven/org.mariadb.jdbc/mariadb-java-client@3.3.3", Scope.RUNTIME);
        Map<String, String> props = new HashMap<>(Map.of(Roles.KEY, Roles.COMPOSE_SERVICE_IMAGE));
        props.put(ServiceInference.INFERRED_FROM, "earlier@1");
        Component mariadb = new Component("db", "mariadb", null, "11.3", "pkg:docker/library/mariadb@11.3", null,
                ComponentType.CONTAINER, Scope.RUNTIME, false, List.of(), props);
        Inventory out = INFERENCE.infer(inventory(List.of(mysql2, connectorJ, mariadb)));
        assertEquals(3, out.components().size());
        assertEquals("earlier@1, mysql2@3.9.7, org.mariadb.jdbc/mariadb-java-client@3.3.3",
                out.components().get(2).property(ServiceInference.INFERRED_FROM));
    }

    @Test
    void inferringTwiceChangesNothingMore() {
        Inventory once = INFERENCE.infer(inventory(List.of(
                library("pkg:npm/pg@8.11.5", Scope.RUNTIME),
                library("pkg:golang/github.com/rabbitmq/amqp091-go@v1.9.0", Scope.RUNTIME),
                container("pkg:docker/library/rabbitmq@3.13", "rabbitmq", Scope.RUNTIME, Roles.COMPOSE_SERVICE_IMAGE))));
        assertEquals(once, INFERENCE.infer(once));
    }

    @Test
    void keepsProblemsSourceAndExcludedCountAndSurvivesHostileComponents() {
        Problem problem = new Problem("broken.json", 3, 1, fr.cctlint.i18n.Message.of("collect.invalidYaml", "x"), false);
        List<Component> hostile = List.of(
                library("pkg:npm/pg@8.11.5", Scope.RUNTIME),
                new Component("weird", " ", null, null, "pkg:docker/%ZZ", null, ComponentType.CONTAINER,
                        Scope.RUNTIME, false, List.of(), Map.of()),
                new Component("weird2", "::::", "", "", "pkg:oci/?repository_url=", "", ComponentType.SERVICE,
                        Scope.RUNTIME, false, List.of(), Map.of()),
                new Component("subject", "pg", null, "8", "pkg:npm/pg@8", null, ComponentType.APPLICATION,
                        Scope.RUNTIME, true, List.of(), Map.of()));
        Inventory in = new Inventory(inventory(List.of()).source(), hostile, List.of(problem), 4);
        Inventory out = INFERENCE.infer(in);
        assertEquals(in.source(), out.source());
        assertEquals(List.of(problem), out.problems());
        assertEquals(4, out.excludedCount());
        assertEquals(1, inferred(out).size());
        assertEquals("pg@8.11.5", inferred(out).get(0).property(ServiceInference.INFERRED_FROM),
                "the subject (the application itself) is not a client");
    }

    @Test
    void anEmptyKnowledgeBaseInfersNothing() {
        Inventory in = inventory(List.of(library("pkg:npm/pg@8.11.5", Scope.RUNTIME)));
        assertSame(in, new ServiceInference(BackingServices.empty()).infer(in));
    }

    @Test
    void classifiedAsAnOperatedServerWithItsOwnReason() {
        Classifier classifier = new Classifier(KnowledgeBaseLoader.bundled());
        Inventory out = INFERENCE.infer(inventory(List.of(library("pkg:npm/pg@8.11.5", Scope.RUNTIME))));
        Classification c = classifier.classify(inferred(out).get(0));
        assertEquals(Deployment.OPERATED, c.deployment());
        assertEquals("classify.role.inferred-service", c.reason().key());
        assertEquals(Deployment.EMBEDDED, classifier.classify(out.components().get(0)).deployment(),
                "the client library stays embedded");
    }

    @Test
    void inferredServersMatchTheBundledReferentialAsDecided() {
        IndexedProductMatcher matcher = new IndexedProductMatcher(ReferentialLoader.bundled());
        Inventory out = INFERENCE.infer(inventory(List.of(
                library("pkg:maven/org.postgresql/postgresql@42.7.3", Scope.RUNTIME),
                library("pkg:npm/mongoose@8.3.2", Scope.RUNTIME),
                library("pkg:pypi/redis@5.0.4", Scope.RUNTIME),
                library("pkg:maven/org.keycloak/keycloak-admin-client@24.0.3", Scope.RUNTIME),
                library("pkg:maven/com.rabbitmq/amqp-client@5.21.0", Scope.RUNTIME),
                library("pkg:npm/kafkajs@2.2.4", Scope.RUNTIME),
                library("pkg:maven/software.amazon.awssdk/s3@2.25.30", Scope.RUNTIME))));
        Map<String, String> refs = new HashMap<>();
        for (Component c : inferred(out)) {
            Optional<Match> match = matcher.match(c);
            refs.put(c.property(ServiceInference.SERVICE),
                    match.map(m -> String.join("/", m.family().stream().map(Product::ref).toList())).orElse("-"));
            match.ifPresent(m -> assertTrue(m.versionListed(), c.id() + ": one row, any version"));
        }
        assertEquals(Map.of("postgresql", "AT-1541", "mongodb", "AT-1505", "redis", "AT-1532", "keycloak", "SG-1574",
                "rabbitmq", "-", "kafka", "-", "s3", "-"), refs);
    }

    @Test
    void examplesProjectsMergeWithTheirComposeServers() throws Exception {
        Path root = root();
        Inventory maven = scan(root.resolve("examples/project-java-maven"));
        Inventory mavenOut = INFERENCE.infer(maven);
        assertTrue(inferred(mavenOut).isEmpty(), "postgres and rabbitmq are in docker-compose.yml: " + ids(mavenOut));
        Component postgres = find(mavenOut, c -> Roles.COMPOSE_SERVICE_IMAGE.equals(c.property(Roles.KEY))
                && c.purl().startsWith("pkg:docker/library/postgres@"));
        assertEquals("org.postgresql/postgresql@42.7.3", postgres.property(ServiceInference.INFERRED_FROM),
                "both modules use the same driver: listed once");
        Component chart = find(mavenOut, c -> Roles.HELM_DEPENDENCY.equals(c.property(Roles.KEY)));
        assertEquals("org.postgresql/postgresql@42.7.3", chart.property(ServiceInference.INFERRED_FROM));
        Component ciDatabase = find(mavenOut, c -> Roles.CI_IMAGE.equals(c.property(Roles.KEY))
                && c.purl().startsWith("pkg:docker/library/postgres@"));
        assertNull(ciDatabase.property(ServiceInference.INFERRED_FROM), "a CI job's database is not the server");
        Component rabbit = find(mavenOut, c -> c.purl() != null && c.purl().startsWith("pkg:docker/library/rabbitmq@"));
        assertTrue(rabbit.property(ServiceInference.INFERRED_FROM).startsWith("com.rabbitmq/amqp-client"));

        Inventory nodeOut = INFERENCE.infer(scan(root.resolve("examples/project-node")));
        assertTrue(inferred(nodeOut).isEmpty(), "mongo and redis are in compose.yaml: " + ids(nodeOut));
        Component mongo = find(nodeOut, c -> c.purl() != null && c.purl().startsWith("pkg:docker/library/mongo@"));
        assertTrue(mongo.property(ServiceInference.INFERRED_FROM).startsWith("mongodb@"));
    }

    @Test
    void examplesSbomsMergeOrInfer() {
        Path root = root();
        SbomReader reader = new SbomReader();
        Inventory titres = INFERENCE.infer(reader.read(root.resolve("examples/sbom-java-titres/bom.cdx.json")));
        assertTrue(inferred(titres).isEmpty(), ids(titres).toString());
        assertEquals("org.postgresql/postgresql@42.7.3", find(titres, c -> c.purl() != null
                && c.purl().startsWith("pkg:oci/postgres@")).property(ServiceInference.INFERRED_FROM));

        Inventory rdv = INFERENCE.infer(reader.read(root.resolve("examples/sbom-node-rdv/sbom.spdx.json")));
        List<Component> inferred = inferred(rdv);
        assertEquals(List.of("inferred:postgresql"), inferred.stream().map(Component::id).toList(),
                "pg has no PostgreSQL image in this SBOM; ioredis has its redis image");
        assertTrue(inferred.get(0).primaryEvidence().file().endsWith("sbom.spdx.json"));
    }

    private static Path root() {
        String root = System.getProperty("cct.root");
        assumeTrue(root != null && Files.isDirectory(Path.of(root, "examples")), "cct.root is not set");
        return Path.of(root);
    }

    private static Inventory scan(Path folder) throws Exception {
        try (PathSourceTree tree = PathSourceTree.open(folder, folder.getFileName().toString(),
                SourceOptions.defaults())) {
            return new TreeScanner(CollectorRegistry.standard()).scan(tree);
        }
    }

    private static Component find(Inventory inventory, Predicate<Component> test) {
        return inventory.components().stream().filter(test).findFirst()
                .orElseThrow(() -> new AssertionError("not found in " + ids(inventory)));
    }

    private static List<Component> inferred(Inventory inventory) {
        return inventory.components().stream()
                .filter(c -> Roles.INFERRED_SERVICE.equals(c.property(Roles.KEY))).toList();
    }

    private static List<String> ids(Inventory inventory) {
        return inventory.components().stream().map(Component::id).toList();
    }

    private static Component withEvidence(Component c, Evidence evidence) {
        return new Component(c.id() + "#" + evidence.file(), c.name(), c.group(), c.version(), c.purl(), c.cpe(),
                c.type(), c.scope(), false, List.of(evidence), c.properties());
    }

    private static Component container(String purl, String name, Scope scope, String role) {
        return new Component(purl != null ? purl : name, name, null, null, purl, null, ComponentType.CONTAINER, scope,
                false, List.of(new Evidence("compose.yaml", 12, "image: " + name)),
                role == null ? Map.of() : Map.of(Roles.KEY, role));
    }
}
