package fr.cctlint.collect.maven;

import static fr.cctlint.collect.maven.MavenTrees.byName;
import static fr.cctlint.collect.maven.MavenTrees.pom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.referential.IndexedProductMatcher;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.ReferentialLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Versions an absent Spring Boot BOM manages, filled in from the knowledge base (managed-versions.yaml). */
class MavenManagedVersionsTest {
    private static final String PARENT_335 = "managed by org.springframework.boot:spring-boot-starter-parent 3.3.5";

    private static String bootChild(String bootVersion, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId>
                    <version>%s</version>
                    <relativePath/>
                  </parent>
                  <groupId>fr.interieur.demo</groupId>
                  <artifactId>demo</artifactId>
                  <version>1.0.0</version>
                %s
                </project>
                """.formatted(bootVersion, body);
    }

    private static Collection collect(Map<String, String> files) {
        return MavenTrees.collect(MavenTrees.jimfs(files));
    }

    private static Component one(Collection c, String group, String name) {
        List<Component> found = byName(c, group, name);
        assertEquals(1, found.size(), group + ":" + name + " in " + c.components());
        return found.get(0);
    }

    private static final String WEB_AND_DRIVER = """
              <dependencies>
                <dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-web</artifactId>
                </dependency>
                <dependency>
                  <groupId>org.postgresql</groupId>
                  <artifactId>postgresql</artifactId>
                  <scope>runtime</scope>
                </dependency>
              </dependencies>
            """;

    @Test
    void bootParentGivesItsOwnVersionExactlyAndOtherVersionsByLine() {
        Collection c = collect(Map.of("pom.xml", bootChild("3.3.5", WEB_AND_DRIVER)));
        Component web = one(c, "org.springframework.boot", "spring-boot-starter-web");
        assertEquals("3.3.5", web.version());
        assertEquals("pkg:maven/org.springframework.boot/spring-boot-starter-web@3.3.5", web.purl());
        assertEquals(PARENT_335 + " (knowledge base)", web.property(PomComponents.VERSION_FROM));
        assertNull(web.property(PomComponents.VERSION_EXPRESSION), "the version is no longer unknown");
        assertEquals(List.of(new Evidence("pom.xml", 14, "org.springframework.boot:spring-boot-starter-web")),
                web.evidence(), "the evidence is the declaration, as written");
        Component driver = one(c, "org.postgresql", "postgresql");
        assertEquals("42.7", driver.version());
        assertEquals(PARENT_335 + " (knowledge base, line)", driver.property(PomComponents.VERSION_FROM));
        assertEquals(List.of(), c.problems());
    }

    @Test
    void aVersionTheProjectWritesOrManagesAlwaysWins() {
        Collection c = collect(Map.of("pom.xml", bootChild("3.3.5", """
                  <properties><postgresql.version>42.6.2</postgresql.version></properties>
                  <dependencyManagement><dependencies>
                    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>${postgresql.version}</version></dependency>
                  </dependencies></dependencyManagement>
                  <dependencies>
                    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>
                    <dependency><groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId><version>6.0.23</version></dependency>
                    <dependency><groupId>org.apache.tomcat.embed</groupId><artifactId>tomcat-embed-core</artifactId><version>${tomcat.version}</version></dependency>
                  </dependencies>
                """)));
        Component driver = one(c, "org.postgresql", "postgresql");
        assertEquals("42.6.2", driver.version(), "managed by the project itself");
        assertNull(driver.property(PomComponents.VERSION_FROM));
        assertEquals("6.0.23", one(c, "org.springframework", "spring-webmvc").version());
        // a property the absent parent defines: the project wrote a version, the knowledge base does not guess it
        Component tomcat = one(c, "org.apache.tomcat.embed", "tomcat-embed-core");
        assertNull(tomcat.version());
        assertEquals("${tomcat.version}", tomcat.property(PomComponents.VERSION_EXPRESSION));
        assertNull(tomcat.property(PomComponents.VERSION_FROM));
    }

    @Test
    void aBootLineTheDataDoesNotHoldLeavesVersionsUnresolvedAsBefore() {
        for (String version : List.of("2.6.15", "3.6.0", "4.0.1", "${boot.version}")) {
            Collection c = collect(Map.of("pom.xml", bootChild(version, WEB_AND_DRIVER)));
            for (Component x : List.of(one(c, "org.springframework.boot", "spring-boot-starter-web"),
                    one(c, "org.postgresql", "postgresql"))) {
                assertNull(x.version(), version + " " + x);
                assertNull(x.property(PomComponents.VERSION_FROM));
                assertTrue(x.property(PomComponents.VERSION_EXPRESSION)
                        .startsWith("managed by org.springframework.boot:spring-boot-starter-parent:"), x.toString());
            }
        }
    }

    @Test
    void anImportedBomFillsDependenciesButNotPlugins() {
        Collection c = collect(Map.of("pom.xml", pom("fr.interieur.demo", "legacy", "1.0", """
                  <dependencyManagement><dependencies>
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-dependencies</artifactId>
                      <version>2.7.18</version>
                      <type>pom</type>
                      <scope>import</scope>
                    </dependency>
                  </dependencies></dependencyManagement>
                  <dependencies>
                    <dependency><groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId></dependency>
                    <dependency><groupId>org.hibernate</groupId><artifactId>hibernate-core</artifactId></dependency>
                    <dependency><groupId>org.apache.tomcat.embed</groupId><artifactId>tomcat-embed-core</artifactId></dependency>
                    <dependency><groupId>org.springframework.security</groupId><artifactId>spring-security-oauth2-authorization-server</artifactId></dependency>
                  </dependencies>
                  <build><plugins>
                    <plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin>
                  </plugins></build>
                """)));
        String from = "managed by org.springframework.boot:spring-boot-dependencies 2.7.18 (knowledge base, line)";
        Component webmvc = one(c, "org.springframework", "spring-webmvc");
        assertEquals("5.3", webmvc.version());
        assertEquals(from, webmvc.property(PomComponents.VERSION_FROM));
        assertEquals("5.6", one(c, "org.hibernate", "hibernate-core").version());
        assertEquals("9.0", one(c, "org.apache.tomcat.embed", "tomcat-embed-core").version());
        // Spring Security 5.7 is managed, the authorization server is not (before Boot 3.1): no version from the glob
        assertNull(one(c, "org.springframework.security", "spring-security-oauth2-authorization-server").version());
        // an imported BOM brings no plugin management
        Component plugin = one(c, "org.springframework.boot", "spring-boot-maven-plugin");
        assertNull(plugin.version());
        assertNull(plugin.property(PomComponents.VERSION_FROM));
    }

    @Test
    void multiModuleProjectWhoseOwnParentInheritsFromBoot() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", bootChild("3.2.5", """
                  <packaging>pom</packaging>
                  <modules><module>api</module></modules>
                  <dependencyManagement><dependencies>
                    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>42.7.3</version></dependency>
                  </dependencies></dependencyManagement>
                """));
        files.put("api/pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>fr.interieur.demo</groupId>
                    <artifactId>demo</artifactId>
                    <version>1.0.0</version>
                  </parent>
                  <artifactId>demo-api</artifactId>
                  <dependencies>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-jpa</artifactId></dependency>
                    <dependency><groupId>org.hibernate.orm</groupId><artifactId>hibernate-core</artifactId></dependency>
                    <dependency><groupId>org.apache.tomcat.embed</groupId><artifactId>tomcat-embed-core</artifactId></dependency>
                    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>
                  </dependencies>
                  <build><plugins>
                    <plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin>
                  </plugins></build>
                </project>
                """);
        Collection c = collect(files);
        String parent = "managed by org.springframework.boot:spring-boot-starter-parent 3.2.5";
        assertEquals("3.2.5", one(c, "org.springframework.boot", "spring-boot-starter-data-jpa").version());
        Component hibernate = one(c, "org.hibernate.orm", "hibernate-core");
        assertEquals("6.4", hibernate.version());
        assertEquals(parent + " (knowledge base, line)", hibernate.property(PomComponents.VERSION_FROM));
        assertEquals("api/pom.xml:11", hibernate.primaryEvidence().location());
        assertEquals("10.1", one(c, "org.apache.tomcat.embed", "tomcat-embed-core").version());
        assertEquals("42.7.3", one(c, "org.postgresql", "postgresql").version(), "the project's own parent wins");
        Component plugin = one(c, "org.springframework.boot", "spring-boot-maven-plugin");
        assertEquals("3.2.5", plugin.version(), "the Boot parent's plugin management");
        assertEquals(parent + " (knowledge base)", plugin.property(PomComponents.VERSION_FROM));
        assertEquals(List.of(), c.problems());
    }

    @Test
    void anAbsentCompanyParentIsPassedOverButAnUnknownBootLineStopsTheSearch() {
        String imports = """
                  <dependencyManagement><dependencies>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-dependencies</artifactId>
                      <version>3.4.1</version><type>pom</type><scope>import</scope></dependency>
                  </dependencies></dependencyManagement>
                  <dependencies>
                    <dependency><groupId>org.springframework</groupId><artifactId>spring-core</artifactId></dependency>
                  </dependencies>
                """;
        String corporate = """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>fr.interieur</groupId><artifactId>socle-parent</artifactId><version>12</version></parent>
                  <artifactId>app</artifactId>
                  <version>1.0</version>
                %s
                </project>
                """.formatted(imports);
        Component core = one(collect(Map.of("pom.xml", corporate)), "org.springframework", "spring-core");
        assertEquals("6.2", core.version());
        assertEquals("managed by org.springframework.boot:spring-boot-dependencies 3.4.1 (knowledge base, line)",
                core.property(PomComponents.VERSION_FROM));
        // a Boot 4.0 parent manages spring-core first (Maven: the parent's management beats imports); the data
        // does not know which version it gives, so the imported 3.4 BOM must not answer for it
        Component behindBoot4 = one(collect(Map.of("pom.xml", bootChild("4.0.1", imports))), "org.springframework",
                "spring-core");
        assertNull(behindBoot4.version());
        assertFalse(behindBoot4.properties().containsKey(PomComponents.VERSION_FROM));
    }

    @Test
    void aFilledVersionLineGetsARealVerdictFromTheReferential() {
        Collection c = collect(Map.of("pom.xml", bootChild("3.3.5", """
                  <dependencies>
                    <dependency><groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId></dependency>
                    <dependency><groupId>org.apache.tomcat.embed</groupId><artifactId>tomcat-embed-core</artifactId></dependency>
                    <dependency><groupId>org.hibernate.orm</groupId><artifactId>hibernate-core</artifactId></dependency>
                  </dependencies>
                """)));
        IndexedProductMatcher matcher = new IndexedProductMatcher(ReferentialLoader.bundled());
        Match spring = matcher.match(one(c, "org.springframework", "spring-webmvc")).orElseThrow();
        assertTrue(spring.versionListed(), "Spring 6.1 is within >= 5.1: " + spring);
        Match tomcat = matcher.match(one(c, "org.apache.tomcat.embed", "tomcat-embed-core")).orElseThrow();
        assertFalse(tomcat.versionListed(), "Tomcat 10.1 is not a listed version (7, 8, 9): " + tomcat);
        Match hibernate = matcher.match(one(c, "org.hibernate.orm", "hibernate-core")).orElseThrow();
        assertFalse(hibernate.versionListed(), "Hibernate 6.5 is not 4 nor 5.4: " + hibernate);
    }
}
