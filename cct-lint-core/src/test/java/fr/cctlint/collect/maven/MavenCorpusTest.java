package fr.cctlint.collect.maven;

import static fr.cctlint.collect.maven.MavenTrees.byName;
import static fr.cctlint.collect.maven.MavenTrees.byPurl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Real projects of {@code ../shared/corpus/repos}; facts checked by hand against their POMs. Skipped when absent. */
class MavenCorpusTest {

    private static Collection repo(String name) {
        String shared = System.getProperty("cct.shared");
        Assumptions.assumeTrue(shared != null && !shared.isBlank(), "cct.shared is not set");
        Path root = Path.of(shared, "corpus", "repos", name);
        Assumptions.assumeTrue(Files.isDirectory(root), "the corpus repository " + name + " is not here");
        return MavenTrees.collect(root);
    }

    @Test
    void queenBackOffice() {
        Collection c = repo("InseeFr__Queen-Back-Office");
        assertEquals(List.of(), c.problems());
        // ${revision}${changelist} from the in-tree parent: 5.10.1 for every module
        List<Component> modules = c.components().stream().filter(Component::subject).toList();
        assertEquals(10, modules.size());
        assertTrue(modules.stream().allMatch(m -> "5.10.1".equals(m.version())), modules.toString());
        assertEquals(new Evidence("queen-application/pom.xml", 10, "<artifactId>queen-application</artifactId>"),
                byPurl(c, "pkg:maven/fr.insee.queen/queen-application@5.10.1").orElseThrow().primaryEvidence());
        // ${caffeine.version} is defined by queen-application itself...
        Component caffeine = byPurl(c, "pkg:maven/com.github.ben-manes.caffeine/caffeine@3.2.3").orElseThrow();
        assertEquals(new Evidence("queen-application/pom.xml", 114,
                "com.github.ben-manes.caffeine:caffeine:${caffeine.version}"), caffeine.primaryEvidence());
        assertEquals(Roles.PACKED_LIBRARY, caffeine.property(Roles.KEY));
        // ... but queen-listener-jms relies on the Spring Boot parent's property: unresolved, never guessed
        Component unresolved = byPurl(c, "pkg:maven/com.github.ben-manes.caffeine/caffeine").orElseThrow();
        assertEquals("queen-listener-jms/pom.xml:47", unresolved.primaryEvidence().location());
        assertEquals("${caffeine.version}", unresolved.property(PomComponents.VERSION_EXPRESSION));
        // versions managed by the Spring Boot parent (not in the tree) stay unresolved, naming the parent
        Component security = byName(c, "org.springframework.boot", "spring-boot-starter-security").get(0);
        assertNull(security.version());
        assertEquals("managed by org.springframework.boot:spring-boot-starter-parent:4.1.0",
                security.property(PomComponents.VERSION_EXPRESSION));
        assertEquals("4.1.0", security.property(PomComponents.SPRING_BOOT_PARENT));
        // inherited from the root POM: one component, declared in the root
        Component lombok = byName(c, "org.projectlombok", "lombok").get(0);
        assertEquals(List.of(new Evidence("pom.xml", 65, "org.projectlombok:lombok")), lombok.evidence());
        Component compiler = byPurl(c, "pkg:maven/org.apache.maven.plugins/maven-compiler-plugin@3.15.0").orElseThrow();
        assertEquals(Scope.BUILD, compiler.scope());
        assertEquals("pom.xml:137", compiler.primaryEvidence().location());
        // the "coverage" profile is not active by default
        assertTrue(byName(c, "org.jacoco", "jacoco-maven-plugin").isEmpty());
    }

    @Test
    void georchestra() {
        Collection c = repo("georchestra__georchestra");
        assertEquals(List.of(), c.problems());
        // the root's parent is spring-boot-dependencies 3.5.13
        Component console = byPurl(c, "pkg:maven/org.georchestra/console@26.1-SNAPSHOT").orElseThrow();
        assertEquals("war", console.property(PomComponents.PACKAGING));
        assertEquals("3.5.13", console.property(PomComponents.SPRING_BOOT_PARENT));
        Component geojson = byPurl(c, "pkg:maven/org.geotools/gt-geojson-store@27.2").orElseThrow();
        assertEquals(new Evidence("console/pom.xml", 35, "org.geotools:gt-geojson-store:${gt.version}"),
                geojson.primaryEvidence());
        assertEquals("managed by org.springframework.boot:spring-boot-dependencies:3.5.13",
                byName(c, "org.postgresql", "postgresql").get(0).property(PomComponents.VERSION_EXPRESSION));
    }

    @Test
    void bauhausBackOffice() {
        Collection c = repo("InseeFr__Bauhaus-Back-Office");
        assertEquals(List.of(), c.problems());
        assertTrue(byPurl(c, "pkg:maven/fr.insee.rmes/module-bauhaus-bo@4.19.5").orElseThrow().subject());
        Component minio = byPurl(c, "pkg:maven/io.minio/minio@8.5.17").orElseThrow();
        assertEquals(new Evidence("pom.xml", 82, "io.minio:minio:${minio.version}"), minio.primaryEvidence());
        assertEquals("3.5.13", minio.property(PomComponents.SPRING_BOOT_PARENT));
    }
}
