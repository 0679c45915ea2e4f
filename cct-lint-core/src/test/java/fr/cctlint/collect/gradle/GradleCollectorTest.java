package fr.cctlint.collect.gradle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import fr.cctlint.referential.IndexedProductMatcher;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.ReferentialLoader;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Gradle collector on a realistic multi-module Spring build: Groovy and Kotlin DSL, catalog, lockfiles. */
class GradleCollectorTest {
    private static final GradleCollector COLLECTOR = new GradleCollector();
    private static Collection dossiers;

    @BeforeAll
    static void scan() throws Exception {
        Path root = Path.of(GradleCollectorTest.class.getResource("/collect/gradle/spring-dossiers").toURI());
        try (SourceTree tree = PathSourceTree.open(root, "spring-dossiers")) {
            dossiers = COLLECTOR.collect(tree, tree.files().stream().filter(COLLECTOR::claims).toList());
        }
    }

    static Component byId(Collection c, String id) {
        Component found = c.components().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        assertNotNull(found, () -> id + " not among " + c.components().stream().map(Component::id).toList());
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # component id                                                                         | version     | scope    | role           | evidence
        pkg:maven/org.springframework.boot/spring-boot-dependencies@3.2.5                      | 3.2.5       | RUNTIME  | -              | api/build.gradle:7
        pkg:maven/org.springframework.boot/spring-boot-starter-web@3.2.5                       | 3.2.5       | RUNTIME  | packed-library | api/build.gradle:8, api/gradle.lockfile:11
        pkg:maven/org.springframework/spring-core@6.1.6                                        | 6.1.6       | RUNTIME  | packed-library | api/build.gradle:9, gradle/libs.versions.toml:8, api/gradle.lockfile:12
        pkg:maven/com.fasterxml.jackson.datatype/jackson-datatype-jsr310@2.17.0                | 2.17.0      | RUNTIME  | packed-library | api/build.gradle:10, gradle/libs.versions.toml:15
        pkg:maven/org.apache.commons/commons-text@1.11.0                                       | 1.11.0      | RUNTIME  | packed-library | api/build.gradle:11
        pkg:maven/com.google.guava/guava@33.1.0-jre                                            | 33.1.0-jre  | RUNTIME  | packed-library | api/build.gradle:12
        pkg:maven/org.keycloak/keycloak-admin-client@24.0.3                                    | 24.0.3      | RUNTIME  | packed-library | api/build.gradle:13, api/gradle.lockfile:7
        pkg:maven/org.postgresql/postgresql@42.7.3                                             | 42.7.3      | RUNTIME  | packed-library | api/build.gradle:15, gradle/libs.versions.toml:10, api/gradle.lockfile:9
        pkg:maven/io.micrometer/micrometer-registry-prometheus                                 | -           | RUNTIME  | packed-library | api/build.gradle:16
        pkg:maven/org.mapstruct/mapstruct@1.5.5.Final                                          | 1.5.5.Final | PROVIDED | -              | api/build.gradle:17, gradle/libs.versions.toml:11, api/gradle.lockfile:8
        pkg:maven/org.mapstruct/mapstruct-processor@1.5.5.Final                                | 1.5.5.Final | BUILD    | -              | api/build.gradle:18, gradle/libs.versions.toml:12, batch/build.gradle.kts:21
        pkg:maven/org.springframework.boot/spring-boot-devtools                                | -           | BUILD    | -              | api/build.gradle:19
        pkg:maven/org.testcontainers/postgresql@1.19.7                                         | 1.19.7      | TEST     | -              | api/build.gradle:20, gradle/libs.versions.toml:13
        pkg:maven/org.springframework.boot/spring-boot-starter-test                            | -           | TEST     | -              | api/build.gradle:21
        pkg:maven/org.apache.httpcomponents.client5/httpclient5@5.3.1                          | 5.3.1       | RUNTIME  | packed-library | api/build.gradle:27
        pkg:maven/net.sf.jasperreports/jasperreports@6.21.3                                    | 6.21.3      | RUNTIME  | packed-library | api/build.gradle:30
        pkg:maven/org.apache.tomcat.embed/tomcat-embed-core@10.1.20                            | 10.1.20     | RUNTIME  | packed-library | api/gradle.lockfile:5
        pkg:maven/org.junit.jupiter/junit-jupiter-api@5.10.2                                   | 5.10.2      | TEST     | -              | api/gradle.lockfile:6
        pkg:maven/org.springframework.cloud/spring-cloud-dependencies@2023.0.1                 | 2023.0.1    | RUNTIME  | -              | batch/build.gradle.kts:12
        pkg:maven/org.quartz-scheduler/quartz@2.3.2                                            | 2.3.2       | RUNTIME  | packed-library | batch/build.gradle.kts:14
        pkg:maven/org.apache.poi/poi-ooxml@5.2.5                                               | 5.2.5       | RUNTIME  | packed-library | batch/build.gradle.kts:15
        pkg:maven/io.jsonwebtoken/jjwt-api@0.12.5                                              | 0.12.5      | RUNTIME  | packed-library | batch/build.gradle.kts:16
        pkg:maven/org.jetbrains.kotlin/kotlin-stdlib                                           | -           | RUNTIME  | packed-library | batch/build.gradle.kts:17
        pkg:maven/org.springframework/spring-web@6.1.6                                         | 6.1.6       | RUNTIME  | packed-library | batch/build.gradle.kts:18, gradle/libs.versions.toml:9
        pkg:maven/com.h2database/h2@2.2.224                                                    | 2.2.224     | RUNTIME  | packed-library | batch/build.gradle.kts:19
        pkg:maven/org.apache.commons/commons-csv@1.10.0                                        | 1.10.0      | RUNTIME  | packed-library | batch/build.gradle.kts:20
        pkg:maven/org.springframework.batch/spring-batch-test@5.1.1                            | 5.1.1       | TEST     | -              | batch/build.gradle.kts:22
        pkg:maven/org.liquibase/liquibase-core@4.27.0                                          | 4.27.0      | RUNTIME  | packed-library | batch/build.gradle.kts:24, batch/build.gradle.kts:27
        pkg:maven/org.springdoc/springdoc-openapi-starter-webmvc-ui@2.5.0                      | 2.5.0       | RUNTIME  | packed-library | batch/build.gradle.kts:30
        pkg:maven/org.projectlombok/lombok@1.18.32                                             | 1.18.32     | PROVIDED | -              | build.gradle:35, build.gradle:36, api/gradle.lockfile:10
        pkg:maven/org.junit.platform/junit-platform-launcher                                   | -           | TEST     | -              | build.gradle:38
        pkg:maven/org.flywaydb/flyway-database-postgresql@10.11.1                              | 10.11.1     | BUILD    | build-plugin   | build.gradle:11, buildscript-gradle.lockfile:5
        pkg:maven/org.flywaydb/flyway-core@10.11.1                                             | 10.11.1     | BUILD    | build-plugin   | buildscript-gradle.lockfile:4
        pkg:maven/org.springframework.boot/org.springframework.boot.gradle.plugin@3.2.5        | 3.2.5       | BUILD    | build-plugin   | build.gradle:17, settings.gradle:6
        pkg:maven/io.spring.dependency-management/io.spring.dependency-management.gradle.plugin@1.1.4 | 1.1.4 | BUILD  | build-plugin   | build.gradle:18, gradle/libs.versions.toml:21
        pkg:maven/org.sonarqube/org.sonarqube.gradle.plugin@5.0.0.4638                         | 5.0.0.4638  | BUILD    | build-plugin   | build.gradle:19, gradle/libs.versions.toml:22
        pkg:maven/org.jetbrains.kotlin.jvm/org.jetbrains.kotlin.jvm.gradle.plugin@1.9.23       | 1.9.23      | BUILD    | build-plugin   | batch/build.gradle.kts:3
        """)
    void declaredCoordinates(String id, String version, Scope scope, String role, String evidence) {
        Component c = byId(dossiers, id);
        assertEquals(version, c.version(), id);
        assertEquals(scope, c.scope(), id);
        assertEquals(role, c.property(Roles.KEY), id);
        assertEquals(evidence, c.evidence().stream().map(Evidence::location).collect(Collectors.joining(", ")), id);
    }

    @Test
    void evidenceQuotesTheDeclaringLine() {
        assertEquals("implementation \"org.keycloak:keycloak-admin-client:${keycloakVersion}\" // the version comes from the lockfile",
                byId(dossiers, "pkg:maven/org.keycloak/keycloak-admin-client@24.0.3").primaryEvidence().text());
        assertEquals("implementation group: 'net.sf.jasperreports',",
                byId(dossiers, "pkg:maven/net.sf.jasperreports/jasperreports@6.21.3").primaryEvidence().text());
        assertEquals("spring-core = { module = \"org.springframework:spring-core\", version.ref = \"spring\" }",
                byId(dossiers, "pkg:maven/org.springframework/spring-core@6.1.6").evidence().get(1).text());
    }

    @Test
    void lockfileVersionWinsOverTheDeclaredOne() {
        Component keycloak = byId(dossiers, "pkg:maven/org.keycloak/keycloak-admin-client@24.0.3");
        assertEquals("${keycloakVersion}", keycloak.property("cct:declaredVersion"));
        assertEquals("api/gradle.lockfile", keycloak.property("cct:lockfile"));
        assertNull(keycloak.property("cct:versionExpression"));
        Component flyway = byId(dossiers, "pkg:maven/org.flywaydb/flyway-database-postgresql@10.11.1");
        assertEquals("10.11.0", flyway.property("cct:declaredVersion"));
        assertTrue(dossiers.components().stream().noneMatch(c -> "10.11.0".equals(c.version())));
    }

    @Test
    void unresolvedVersionsKeepTheirExpression() {
        assertEquals("1.12.+", byId(dossiers, "pkg:maven/io.micrometer/micrometer-registry-prometheus")
                .property("cct:versionExpression"));
        assertEquals("implementation", byId(dossiers, "pkg:maven/org.apache.poi/poi-ooxml@5.2.5")
                .property("cct:gradleConfiguration"));
        assertEquals("true", byId(dossiers, "pkg:maven/org.springframework.boot/spring-boot-dependencies@3.2.5")
                .property("cct:bom"));
    }

    @Test
    void commentsStringsProjectsAndFilesAreNotDependencies() {
        List<String> names = dossiers.components().stream().map(Component::name).toList();
        assertTrue(names.stream().noneMatch(n -> n.equals("out") || n.equals("dependency") || n.contains("legacy")
                || n.equals("batch") || n.equals("java")), names::toString);
        // the only problem: a catalog entry that does not exist
        assertEquals(List.of("batch/build.gradle.kts:23 gradle.unknownCatalogEntry [libs.does.not.exist]"),
                dossiers.problems().stream().map(p -> p.file() + ":" + p.line() + " " + p.message().key() + " "
                        + p.message().args()).toList());
    }

    @Test
    void theReferentialRecognisesWhatTheBuildEmbeds() {
        IndexedProductMatcher matcher = new IndexedProductMatcher(ReferentialLoader.bundled());
        Match spring = matcher.match(byId(dossiers, "pkg:maven/org.springframework/spring-core@6.1.6")).orElseThrow();
        assertTrue(spring.family().stream().anyMatch(p -> p.ref().equals("DV-1562")), spring::toString);
        Match tomcat = matcher.match(byId(dossiers, "pkg:maven/org.apache.tomcat.embed/tomcat-embed-core@10.1.20")).orElseThrow();
        assertTrue(tomcat.family().stream().anyMatch(p -> p.name().toLowerCase(java.util.Locale.ROOT).contains("tomcat")),
                tomcat::toString);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        build.gradle, true
        api/build.gradle.kts, true
        settings.gradle.kts, true
        gradle/dependencies.gradle, true
        gradle.properties, true
        gradle/libs.versions.toml, true
        gradle/test-libs.versions.toml, true
        config/libs.versions.toml, false
        gradle.lockfile, true
        api/buildscript-gradle.lockfile, true
        gradle/dependency-locks/compileClasspath.lockfile, true
        package-lock.json, false
        build.gradle.bak, false
        """)
    void claimsGradleFilesByName(String path, boolean claimed) {
        assertEquals(claimed, COLLECTOR.claims(path));
    }
}
