package fr.cctlint.collect.maven;

import static fr.cctlint.collect.maven.MavenTrees.byName;
import static fr.cctlint.collect.maven.MavenTrees.pom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.model.Component;
import fr.cctlint.model.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** How parents and BOMs are found in the tree, and what happens when they are not. */
class MavenLookupTest {
    private static final String CHILD_OF_CORP = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>org.acme</groupId>
                <artifactId>corp-parent</artifactId>
                <version>7</version>
              </parent>
              <artifactId>service</artifactId>
              <version>1.0</version>
              <dependencies>
                <dependency>
                  <groupId>org.postgresql</groupId>
                  <artifactId>postgresql</artifactId>
                </dependency>
              </dependencies>
            </project>
            """;
    private static final String CORP_PARENT = pom("org.acme", "corp-parent", "7", """
              <packaging>pom</packaging>
              <properties><pg.version>42.7.4</pg.version></properties>
              <dependencyManagement>
                <dependencies>
                  <dependency>
                    <groupId>org.postgresql</groupId>
                    <artifactId>postgresql</artifactId>
                    <version>${pg.version}</version>
                  </dependency>
                </dependencies>
              </dependencyManagement>
            """);

    @Test
    void aParentElsewhereInTheTreeIsFoundByItsCoordinates() {
        // the default relativePath ../pom.xml does not exist: Maven would look in a repository, we look in the tree
        Collection c = MavenTrees.collect(MavenTrees.jimfs(Map.of(
                "services/service/pom.xml", CHILD_OF_CORP, "platform/parents/corp/pom.xml", CORP_PARENT)));
        Component pg = byName(c, "org.postgresql", "postgresql").get(0);
        assertEquals("42.7.4", pg.version());
        assertEquals("services/service/pom.xml:11", pg.primaryEvidence().location());
        assertEquals(List.of(), c.problems());
    }

    @Test
    void aParentOrBomInRepositoryLayoutInsideTheTreeIsUsedButNotListed() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", CHILD_OF_CORP.replace("<dependencies>", """
                <dependencyManagement><dependencies>
                    <dependency><groupId>org.acme</groupId><artifactId>acme-bom</artifactId><version>3.1</version>
                      <type>pom</type><scope>import</scope></dependency>
                  </dependencies></dependencyManagement>
                  <dependencies>
                    <dependency><groupId>org.acme</groupId><artifactId>acme-client</artifactId></dependency>
                """));
        files.put("lib/repo/org/acme/corp-parent/7/corp-parent-7.pom", CORP_PARENT);
        files.put("lib/repo/org/acme/acme-bom/3.1/acme-bom-3.1.pom", pom("org.acme", "acme-bom", "3.1", """
                  <packaging>pom</packaging>
                  <dependencyManagement><dependencies>
                    <dependency><groupId>org.acme</groupId><artifactId>acme-client</artifactId><version>3.1.2</version></dependency>
                  </dependencies></dependencyManagement>
                """));
        Collection c = MavenTrees.collect(MavenTrees.jimfs(files));
        assertEquals("42.7.4", byName(c, "org.postgresql", "postgresql").get(0).version());
        assertEquals("3.1.2", byName(c, "org.acme", "acme-client").get(0).version());
        assertTrue(c.components().stream().noneMatch(x -> x.primaryEvidence().file().endsWith(".pom")),
                "the *.pom files are not the project's declarations");
    }

    @Test
    void anImportedBomOutsideTheTreeLeavesUnknownVersionsUnresolvedAndSaysWhichBom() {
        String app = pom("org.acme", "app", "1.0", """
                  <dependencyManagement><dependencies>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-dependencies</artifactId>
                      <version>3.4.1</version><type>pom</type><scope>import</scope></dependency>
                  </dependencies></dependencyManagement>
                  <dependencies>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-jpa</artifactId></dependency>
                    <dependency><groupId>com.github.ben-manes.caffeine</groupId><artifactId>caffeine</artifactId></dependency>
                  </dependencies>
                """);
        Collection c = MavenTrees.collect(MavenTrees.jimfs(Map.of("pom.xml", app)));
        // Boot manages Caffeine too, but the knowledge base does not say at which version
        Component caffeine = byName(c, "com.github.ben-manes.caffeine", "caffeine").get(0);
        assertNull(caffeine.version());
        assertEquals("pkg:maven/com.github.ben-manes.caffeine/caffeine", caffeine.purl());
        assertEquals("managed by org.springframework.boot:spring-boot-dependencies:3.4.1",
                caffeine.property(PomComponents.VERSION_EXPRESSION));
        assertNull(caffeine.property(PomComponents.VERSION_FROM));
        Component jpa = byName(c, "org.springframework.boot", "spring-boot-starter-data-jpa").get(0);
        assertEquals("3.4.1", jpa.version(), "Boot's own artifacts have the BOM's version");
        assertEquals("3.4.1", jpa.property(PomComponents.SPRING_BOOT_BOM));
        assertNull(jpa.property(PomComponents.SPRING_BOOT_PARENT));
        assertEquals(List.of(), c.problems());
    }

    @Test
    void oneArtifactDeclaredAtSeveralScopesKeepsTheScopeThatShipsAndEveryDeclaration() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("a/pom.xml", pom("org.acme", "a", "1.0", """
                  <dependencies><dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId>
                    <version>2.2.224</version><scope>test</scope></dependency></dependencies>
                """));
        files.put("b/pom.xml", pom("org.acme", "b", "1.0", """
                  <dependencies><dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId>
                    <version>2.2.224</version></dependency></dependencies>
                """));
        Collection c = MavenTrees.collect(MavenTrees.jimfs(files));
        Component h2 = byName(c, "com.h2database", "h2").get(0);
        assertEquals(Scope.RUNTIME, h2.scope());
        assertEquals("b/pom.xml:7", h2.primaryEvidence().location());
        assertEquals(2, h2.evidence().size());
        assertEquals("packed-library", h2.property("cct:role"));
    }

    @Test
    void aRelativePathNamingAFolderFindsItsPom() {
        Collection c = MavenTrees.collect(MavenTrees.jimfs(Map.of(
                "service/pom.xml", CHILD_OF_CORP.replace("</parent>", "<relativePath>../corp</relativePath></parent>"),
                "corp/pom.xml", CORP_PARENT)));
        assertEquals("42.7.4", byName(c, "org.postgresql", "postgresql").get(0).version());
    }

    @Test
    void profilesActiveInAPlainBuildAreReadOthersAreNot() {
        String app = pom("org.acme", "app", "1.0", """
                  <dependencies>
                    <dependency><groupId>org.acme</groupId><artifactId>ranged</artifactId><version>[1.0,2.0)</version></dependency>
                  </dependencies>
                  <profiles>
                    <profile><id>unless-skipped</id>
                      <activation><property><name>!skipMetrics</name></property></activation>
                      <dependencies><dependency><groupId>io.micrometer</groupId><artifactId>micrometer-core</artifactId>
                        <version>1.13.4</version></dependency></dependencies>
                    </profile>
                    <profile><id>prod</id>
                      <activation><property><name>env</name><value>prod</value></property></activation>
                      <dependencies><dependency><groupId>org.mariadb.jdbc</groupId><artifactId>mariadb-java-client</artifactId>
                        <version>3.4.1</version></dependency></dependencies>
                    </profile>
                    <profile><id>on-windows</id>
                      <activation><os><family>windows</family></os></activation>
                      <dependencies><dependency><groupId>net.java.dev.jna</groupId><artifactId>jna-platform</artifactId>
                        <version>5.14.0</version></dependency></dependencies>
                    </profile>
                  </profiles>
                """);
        Collection c = MavenTrees.collect(MavenTrees.jimfs(Map.of("pom.xml", app)));
        assertEquals("1.13.4", byName(c, "io.micrometer", "micrometer-core").get(0).version());
        assertTrue(byName(c, "org.mariadb.jdbc", "mariadb-java-client").isEmpty(), "needs -Denv=prod");
        assertTrue(byName(c, "net.java.dev.jna", "jna-platform").isEmpty(), "this machine's OS is not the project's");
        Component ranged = byName(c, "org.acme", "ranged").get(0);
        assertNull(ranged.version(), "a range is not a version");
        assertEquals("[1.0,2.0)", ranged.property(PomComponents.VERSION_EXPRESSION));
        assertEquals(List.of(), c.problems());
    }

    @Test
    void twoHundredPomsAreReadInReasonableTime(TestReporter reporter) {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder modules = new StringBuilder("<modules>");
        StringBuilder managed = new StringBuilder("<dependencyManagement><dependencies>");
        for (int i = 0; i < 20; i++) {
            managed.append("<dependency><groupId>org.lib").append(i).append("</groupId><artifactId>lib").append(i)
                    .append("</artifactId><version>${lib").append(i).append(".version}</version></dependency>\n");
        }
        StringBuilder props = new StringBuilder("<properties><revision>4.2.0</revision>");
        for (int i = 0; i < 20; i++) {
            props.append("<lib").append(i).append(".version>1.").append(i).append("</lib").append(i).append(".version>");
        }
        props.append("</properties>");
        for (int m = 0; m < 199; m++) {
            modules.append("<module>m").append(m).append("</module>");
            StringBuilder deps = new StringBuilder("<dependencies>");
            for (int i = 0; i < 10; i++) {
                deps.append("<dependency><groupId>org.lib").append((m + i) % 20).append("</groupId><artifactId>lib")
                        .append((m + i) % 20).append("</artifactId></dependency>\n");
            }
            deps.append("<dependency><groupId>org.springframework</groupId><artifactId>spring-core</artifactId></dependency>");
            files.put("m" + m + "/pom.xml", """
                    <project><modelVersion>4.0.0</modelVersion>
                      <parent><groupId>org.big</groupId><artifactId>big-parent</artifactId><version>${revision}</version></parent>
                      <artifactId>m%d</artifactId>
                      %s</dependencies>
                    </project>
                    """.formatted(m, deps));
        }
        files.put("pom.xml", """
                <project><modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
                    <version>3.3.4</version><relativePath/></parent>
                  <groupId>org.big</groupId><artifactId>big-parent</artifactId><version>${revision}</version>
                  <packaging>pom</packaging>
                  %s%s</modules>%s</dependencies></dependencyManagement>
                </project>
                """.formatted(props, modules, managed));
        java.nio.file.Path root = MavenTrees.jimfs(files);
        long start = System.nanoTime();
        Collection c = MavenTrees.collect(root);
        long millis = (System.nanoTime() - start) / 1_000_000;
        reporter.publishEntry("200 POMs read in ms", String.valueOf(millis));
        assertEquals(200, c.components().stream().filter(Component::subject).count());
        assertEquals(21, c.components().stream().filter(x -> !x.subject()).count());
        assertEquals("1.7", byName(c, "org.lib7", "lib7").get(0).version());
        assertEquals(List.of(), c.problems());
    }
}
