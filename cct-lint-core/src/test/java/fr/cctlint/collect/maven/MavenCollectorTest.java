package fr.cctlint.collect.maven;

import static fr.cctlint.collect.maven.MavenTrees.byName;
import static fr.cctlint.collect.maven.MavenTrees.byPurl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Maven collector on a realistic multi-module project written for these tests ({@code collect/maven/shop}). */
class MavenCollectorTest {
    private static final Collection SHOP = MavenTrees.collect(MavenTrees.resource("/collect/maven/shop"));
    private static final String BOOT =
            "managed by org.springframework.boot:spring-boot-starter-parent 3.3.4 (knowledge base)";

    @Test
    void claimsEveryPomXmlAndNothingElse() {
        MavenCollector collector = new MavenCollector();
        assertTrue(collector.claims("pom.xml"));
        assertTrue(collector.claims("modules/web/pom.xml"));
        assertFalse(collector.claims("libs/repo/org/acme/acme-bom/1.0/acme-bom-1.0.pom"));
        assertFalse(collector.claims(".flattened-pom.xml"));
        assertFalse(collector.claims("docs/pom.xml.txt"));
        assertEquals("maven", collector.name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # purl                                                           | scope    | role           | evidence                  | evidence text                                       | cct:versionExpression
            # ${postgresql.version} = ${pg.major}.${pg.minor}, managed by the in-tree parent
            pkg:maven/org.postgresql/postgresql@42.7.3                       | RUNTIME  | packed-library | api/pom.xml:20            | org.postgresql:postgresql                           | -
            # managed by the in-tree BOM imported by the parent (scope import)
            pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.2     | RUNTIME  | packed-library | api/pom.xml:24            | com.fasterxml.jackson.core:jackson-databind         | -
            pkg:maven/org.apache.commons/commons-lang3@3.14.0                | OPTIONAL | packed-library | api/pom.xml:28            | org.apache.commons:commons-lang3                    | -
            pkg:maven/jakarta.servlet/jakarta.servlet-api@6.0.0              | PROVIDED | -              | api/pom.xml:33            | jakarta.servlet:jakarta.servlet-api:6.0.0           | -
            pkg:maven/com.h2database/h2@2.2.224                              | TEST     | -              | api/pom.xml:39            | com.h2database:h2:${h2.version}                     | -
            # managed by the Spring Boot parent, which is not in the tree: the knowledge base gives Boot's own artifacts
            pkg:maven/org.springframework.boot/spring-boot-starter-web@3.3.4 | RUNTIME  | packed-library | api/pom.xml:16            | org.springframework.boot:spring-boot-starter-web    | -
            # ... and nothing it does not hold: unresolved, never guessed
            pkg:maven/org.testcontainers/postgresql                          | TEST     | -              | api/pom.xml:45            | org.testcontainers:postgresql                       | managed by org.springframework.boot:spring-boot-starter-parent:3.3.4
            # inherited from the parent: evidence in the parent, once for every module
            pkg:maven/org.projectlombok/lombok@1.18.34                       | PROVIDED | -              | pom.xml:59                | org.projectlombok:lombok:1.18.34                    | -
            pkg:maven/org.junit.jupiter/junit-jupiter                        | TEST     | -              | pom.xml:65                | org.junit.jupiter:junit-jupiter                     | managed by org.springframework.boot:spring-boot-starter-parent:3.3.4
            # the profile active by default
            pkg:maven/io.micrometer/micrometer-registry-prometheus@1.13.4    | RUNTIME  | packed-library | pom.xml:96                | io.micrometer:micrometer-registry-prometheus:1.13.4 | -
            # a plugin and its dependency: build only
            pkg:maven/org.apache.maven.plugins/maven-enforcer-plugin@3.5.0   | BUILD    | build-plugin   | pom.xml:74                | org.apache.maven.plugins:maven-enforcer-plugin:3.5.0 | -
            pkg:maven/org.codehaus.mojo/extra-enforcer-rules@1.8.0           | BUILD    | build-plugin   | pom.xml:79                | org.codehaus.mojo:extra-enforcer-rules:1.8.0        | -
            pkg:maven/org.springframework.boot/spring-boot-maven-plugin@3.3.4 | BUILD   | build-plugin   | modules/web/pom.xml:36    | org.springframework.boot:spring-boot-maven-plugin   | -
            # relativePath ../../pom.xml; a one-line declaration; an undefined property; a classifier
            pkg:maven/com.google.guava/guava@33.2.1-jre                      | RUNTIME  | packed-library | modules/web/pom.xml:19    | com.google.guava:guava                              | -
            pkg:maven/org.webjars/bootstrap                                  | RUNTIME  | packed-library | modules/web/pom.xml:20    | org.webjars:bootstrap:${bootstrap.version}          | ${bootstrap.version}
            pkg:maven/io.netty/netty-resolver-dns-native-macos@4.1.112.Final?classifier=osx-aarch_64 | RUNTIME | packed-library | modules/web/pom.xml:25 | io.netty:netty-resolver-dns-native-macos:4.1.112.Final | -
            """)
    void readsEveryDeclarationOfTheProject(String purl, Scope scope, String role, String location, String text,
            String expression) {
        Component c = byPurl(SHOP, purl).orElseThrow(() -> new AssertionError("missing " + purl + " in "
                + SHOP.components().stream().map(Component::purl).toList()));
        assertEquals(scope, c.scope(), "scope");
        assertEquals(role, c.property(Roles.KEY), "role");
        Evidence evidence = c.primaryEvidence();
        assertEquals(location, evidence.location(), "evidence");
        assertEquals(text, evidence.text(), "evidence text");
        assertEquals(expression, c.property(PomComponents.VERSION_EXPRESSION), "version expression");
        assertEquals(expression != null, c.version() == null, "a version is null exactly when unresolved");
        assertFalse(c.subject());
        assertEquals(1, c.evidence().size(), "declared once: " + c.evidence());
    }

    @Test
    void theProjectsOwnModulesAreTheSubjectNotThirdPartyComponents() {
        List<Component> modules = SHOP.components().stream().filter(Component::subject).toList();
        assertEquals(List.of("pkg:maven/fr.example.shop/shop-api@2.3.0", "pkg:maven/fr.example.shop/shop-bom@2.3.0",
                "pkg:maven/fr.example.shop/shop-web@2.3.0", "pkg:maven/fr.example.shop/shop-parent@2.3.0"),
                modules.stream().map(Component::purl).toList(), "${revision}${changelist} resolves to 2.3.0");
        Component web = byPurl(SHOP, "pkg:maven/fr.example.shop/shop-web@2.3.0").orElseThrow();
        assertEquals("war", web.property(PomComponents.PACKAGING));
        assertEquals(new Evidence("modules/web/pom.xml", 10, "<artifactId>shop-web</artifactId>"), web.primaryEvidence());
        // shop-web depends on shop-api ${project.version}: the project's own artifact, not listed again
        assertEquals(4, SHOP.components().stream().filter(c -> "fr.example.shop".equals(c.group())).count());
    }

    @Test
    void theSpringBootParentIsRecordedOnWhatItManages() {
        Component web = byName(SHOP, "org.springframework.boot", "spring-boot-starter-web").get(0);
        assertEquals("3.3.4", web.property(PomComponents.SPRING_BOOT_PARENT));
        assertEquals(BOOT, web.property(PomComponents.VERSION_FROM), "the version says it comes from the knowledge base");
        assertEquals("3.3.4", byPurl(SHOP, "pkg:maven/fr.example.shop/shop-api@2.3.0").orElseThrow()
                .property(PomComponents.SPRING_BOOT_PARENT));
        assertNull(byPurl(SHOP, "pkg:maven/fr.example.shop/shop-bom@2.3.0").orElseThrow()
                .property(PomComponents.SPRING_BOOT_PARENT), "the BOM has no parent");
    }

    @Test
    void anAbsentParentIsNotAProblemAndAnInactiveProfileAddsNothing() {
        assertEquals(List.of(), SHOP.problems());
        assertTrue(byName(SHOP, "javax.annotation", "javax.annotation-api").isEmpty(),
                "the profile activated by an old JDK is not active");
    }

    @Test
    void componentsComeInFileThenLineOrder() {
        List<Evidence> order = SHOP.components().stream().map(Component::primaryEvidence).toList();
        for (int i = 1; i < order.size(); i++) {
            Evidence a = order.get(i - 1);
            Evidence b = order.get(i);
            assertTrue(a.file().compareTo(b.file()) < 0 || a.file().equals(b.file()) && a.line() <= b.line(),
                    a + " before " + b);
        }
    }
}
