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

    private static final ManagedVersions NOTHING_KNOWN = new ManagedVersions(List.of());

    private static Collection repo(String name) {
        return MavenTrees.collect(root(name));
    }

    private static Path root(String name) {
        String shared = System.getProperty("cct.shared");
        Assumptions.assumeTrue(shared != null && !shared.isBlank(), "cct.shared is not set");
        Path root = Path.of(shared, "corpus", "repos", name);
        Assumptions.assumeTrue(Files.isDirectory(root), "the corpus repository " + name + " is not here");
        return root;
    }

    private static long unresolved(Collection c) {
        return c.components().stream().filter(x -> !x.subject() && x.version() == null).count();
    }

    private static void assertFilled(Collection c, String group, String name, String version, String from) {
        List<Component> found = byName(c, group, name);
        assertEquals(1, found.size(), group + ":" + name + " " + found);
        assertEquals(version, found.get(0).version(), group + ":" + name);
        assertEquals(from, found.get(0).property(PomComponents.VERSION_FROM), group + ":" + name);
        assertNull(found.get(0).property(PomComponents.VERSION_EXPRESSION), group + ":" + name);
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
        // versionless in console/pom.xml, managed by the spring-boot-dependencies parent: known lines
        String line = "managed by org.springframework.boot:spring-boot-dependencies 3.5.13 (knowledge base, line)";
        assertFilled(c, "org.postgresql", "postgresql", "42.7", line);
        assertFilled(c, "org.springframework", "spring-webmvc", "6.2", line);
        assertFilled(c, "com.fasterxml.jackson.core", "jackson-databind", "2.19", line);
        assertEquals(List.of(new Evidence("console/pom.xml", 202, "org.springframework:spring-webmvc")),
                byName(c, "org.springframework", "spring-webmvc").get(0).evidence(), "the evidence is unchanged");
        // written with a version: untouched
        assertEquals("7.0.3.Final", byName(c, "org.hibernate", "hibernate-validator-annotation-processor").get(0)
                .version());
        Collection before = MavenTrees.collect(root("georchestra__georchestra"), NOTHING_KNOWN);
        assertTrue(unresolved(c) < unresolved(before), unresolved(c) + " unresolved, " + unresolved(before) + " before");
    }

    @Test
    void bauhausBackOffice() {
        Collection c = repo("InseeFr__Bauhaus-Back-Office");
        assertEquals(List.of(), c.problems());
        assertTrue(byPurl(c, "pkg:maven/fr.insee.rmes/module-bauhaus-bo@4.19.5").orElseThrow().subject());
        Component minio = byPurl(c, "pkg:maven/io.minio/minio@8.5.17").orElseThrow();
        assertEquals(new Evidence("pom.xml", 82, "io.minio:minio:${minio.version}"), minio.primaryEvidence());
        assertEquals("3.5.13", minio.property(PomComponents.SPRING_BOOT_PARENT));
        // versionless under the spring-boot-starter-parent 3.5.13: Boot's own artifacts exactly, the others by line
        assertFilled(c, "org.springframework.boot", "spring-boot-starter-web", "3.5.13",
                "managed by org.springframework.boot:spring-boot-starter-parent 3.5.13 (knowledge base)");
        String line = "managed by org.springframework.boot:spring-boot-starter-parent 3.5.13 (knowledge base, line)";
        assertFilled(c, "org.springframework", "spring-oxm", "6.2", line);
        assertFilled(c, "com.fasterxml.jackson.dataformat", "jackson-dataformat-xml", "2.19", line);
        assertFilled(c, "org.springframework.security", "spring-security-test", "6.5", line);
        // Spring Data has its own release train: not in the knowledge base, still unresolved
        Component hal = byName(c, "org.springframework.data", "spring-data-rest-hal-explorer").get(0);
        assertNull(hal.version());
        assertEquals("managed by org.springframework.boot:spring-boot-starter-parent:3.5.13",
                hal.property(PomComponents.VERSION_EXPRESSION));
        Collection before = MavenTrees.collect(root("InseeFr__Bauhaus-Back-Office"), NOTHING_KNOWN);
        assertTrue(unresolved(c) < unresolved(before), unresolved(c) + " unresolved, " + unresolved(before) + " before");
    }

    @Test
    void queenBackOfficeOnABootLineTheKnowledgeBaseDoesNotHold() {
        // spring-boot-starter-parent 4.1.0: the data stops at 3.5, so nothing is filled in
        Collection c = repo("InseeFr__Queen-Back-Office");
        assertTrue(c.components().stream().noneMatch(x -> x.property(PomComponents.VERSION_FROM) != null));
        Collection before = MavenTrees.collect(root("InseeFr__Queen-Back-Office"), NOTHING_KNOWN);
        assertEquals(before.components(), c.components());
    }
}
