package fr.cctlint.collect.maven;

import static fr.cctlint.collect.maven.MavenTrees.byName;
import static fr.cctlint.collect.maven.MavenTrees.byPurl;
import static fr.cctlint.collect.maven.MavenTrees.pom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.model.Component;
import fr.cctlint.model.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Broken, hostile and unusual POMs: a problem with file and line, never an exception, and the rest still read. */
class MavenBadInputTest {
    private static final String GOOD = pom("org.acme", "good", "1.0", """
              <dependencies>
                <dependency>
                  <groupId>org.postgresql</groupId>
                  <artifactId>postgresql</artifactId>
                  <version>42.7.3</version>
                </dependency>
              </dependencies>
            """);

    @Test
    void aMalformedPomIsAProblemAtItsLineAndTheOthersAreStillRead() {
        String broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.acme</groupId>
                  <artifactId>broken</artifactId>
                  <dependencies>
                    <dependency>
                      <groupId>org.slf4j</groupId>
                  </dependencies>
                </project>
                """;
        Collection c = MavenTrees.collect(MavenTrees.jimfs(Map.of("a/pom.xml", broken, "b/pom.xml", GOOD)));
        assertEquals(1, c.problems().size(), c.problems().toString());
        Problem p = c.problems().get(0);
        assertEquals("a/pom.xml", p.file());
        assertEquals("collect.invalidXml", p.message().key());
        assertEquals(9, p.line(), "the line where </dependency> is expected");
        assertTrue(p.column() > 0);
        assertTrue(byPurl(c, "pkg:maven/org.postgresql/postgresql@42.7.3").isPresent());
    }

    @Test
    void anEmptyPomIsAProblem() {
        Collection c = MavenTrees.collect(MavenTrees.jimfs(Map.of("pom.xml", "", "b/pom.xml", GOOD)));
        assertEquals(List.of("pom.xml"), c.problems().stream().map(Problem::file).toList());
        assertTrue(byPurl(c, "pkg:maven/org.postgresql/postgresql@42.7.3").isPresent());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void anExternalEntityNeverLeaksALocalFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "MARKER-7f3a9c");
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE project [ <!ENTITY xxe SYSTEM "%s"> ]>
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.acme</groupId>
                  <artifactId>xxe</artifactId>
                  <version>1.0</version>
                  <properties><leak>&xxe;</leak></properties>
                  <dependencies>
                    <dependency>
                      <groupId>org.acme</groupId>
                      <artifactId>&xxe;</artifactId>
                      <version>${leak}</version>
                    </dependency>
                  </dependencies>
                </project>
                """.formatted(secret.toUri());
        Collection c = MavenTrees.collect(MavenTrees.jimfs(Map.of("pom.xml", xxe, "b/pom.xml", GOOD)));
        assertFalse(c.toString().contains("MARKER-7f3a9c"), c.toString());
        // Maven's parser does not read DTDs: the entity is unknown, the POM is a problem at the line using it
        assertEquals(List.of("pom.xml:8 collect.invalidXml"), c.problems().stream()
                .map(p -> p.file() + ":" + p.line() + " " + p.message().key()).toList());
        assertTrue(byPurl(c, "pkg:maven/org.postgresql/postgresql@42.7.3").isPresent());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void anEntityExpansionBombDoesNotExplode() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE project [\n <!ENTITY a0 \"lol\">\n");
        for (int i = 1; i <= 12; i++) {
            doctype.append(" <!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        doctype.append("]>\n");
        String bomb = "<?xml version=\"1.0\"?>\n" + doctype + """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.acme</groupId>
                  <artifactId>bomb</artifactId>
                  <version>&a12;</version>
                </project>
                """;
        Collection c = MavenTrees.collect(MavenTrees.jimfs(Map.of("pom.xml", bomb, "b/pom.xml", GOOD)));
        assertTrue(c.toString().length() < 100_000, "no expansion");
        assertEquals(List.of("pom.xml:21 collect.invalidXml"), c.problems().stream()
                .map(p -> p.file() + ":" + p.line() + " " + p.message().key()).toList());
        assertTrue(byPurl(c, "pkg:maven/org.postgresql/postgresql@42.7.3").isPresent());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aCyclicParentChainIsAProblemNotAHang() {
        String a = """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>org.acme</groupId><artifactId>b</artifactId><version>1.0</version>
                    <relativePath>../b/pom.xml</relativePath></parent>
                  <artifactId>a</artifactId>
                  <dependencies><dependency><groupId>org.yaml</groupId><artifactId>snakeyaml</artifactId><version>2.2</version></dependency></dependencies>
                </project>
                """;
        String b = a.replace("<artifactId>b</artifactId>", "<artifactId>X</artifactId>")
                .replace("<artifactId>a</artifactId>", "<artifactId>b</artifactId>")
                .replace("<artifactId>X</artifactId>", "<artifactId>a</artifactId>")
                .replace("../b/pom.xml", "../a/pom.xml");
        Collection c = MavenTrees.collect(MavenTrees.jimfs(Map.of("a/pom.xml", a, "b/pom.xml", b, "c/pom.xml", GOOD)));
        assertFalse(c.problems().isEmpty());
        assertTrue(c.problems().stream().allMatch(p -> p.message().key().equals("maven.buildFailed")),
                c.problems().toString());
        assertTrue(c.problems().stream().anyMatch(p -> p.message().args().toString().contains("cycle")),
                c.problems().toString());
        // what each POM declares itself is still listed, as written
        assertEquals("2.2", byName(c, "org.yaml", "snakeyaml").get(0).version());
        assertTrue(byPurl(c, "pkg:maven/org.postgresql/postgresql@42.7.3").isPresent());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void bomsImportingEachOtherAreAProblemNotAHang() {
        String importing = """
                  <packaging>pom</packaging>
                  <dependencyManagement><dependencies>
                    <dependency><groupId>org.acme</groupId><artifactId>%s</artifactId><version>1.0</version>
                      <type>pom</type><scope>import</scope></dependency>
                  </dependencies></dependencyManagement>
                """;
        Collection c = MavenTrees.collect(MavenTrees.jimfs(Map.of(
                "bom-a/pom.xml", pom("org.acme", "bom-a", "1.0", importing.formatted("bom-b")),
                "bom-b/pom.xml", pom("org.acme", "bom-b", "1.0", importing.formatted("bom-a")),
                "b/pom.xml", GOOD)));
        assertTrue(c.problems().stream().allMatch(p -> p.message().key().equals("maven.buildFailed")),
                c.problems().toString());
        assertTrue(c.problems().stream().anyMatch(p -> p.message().args().toString().contains("cycle")),
                c.problems().toString());
        assertTrue(byPurl(c, "pkg:maven/org.postgresql/postgresql@42.7.3").isPresent());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void anAbsurdlyDeepPomIsRefused() {
        int depth = 20_000;
        String deep = pom("org.acme", "deep", "1.0", "<build><plugins><plugin><artifactId>x</artifactId><configuration>"
                + "<a>".repeat(depth) + "</a>".repeat(depth) + "</configuration></plugin></plugins></build>");
        Collection c = MavenTrees.collect(MavenTrees.jimfs(Map.of("pom.xml", deep, "b/pom.xml", GOOD)));
        assertEquals(List.of("maven.tooDeep"), c.problems().stream().map(p -> p.message().key()).toList());
        assertEquals("pom.xml", c.problems().get(0).file());
        assertTrue(byPurl(c, "pkg:maven/org.postgresql/postgresql@42.7.3").isPresent());
    }

    @Test
    void aLargeButOrdinaryPomIsRead() {
        StringBuilder deps = new StringBuilder("<dependencies>\n");
        for (int i = 0; i < 3000; i++) {
            deps.append("<dependency><groupId>org.acme.g").append(i).append("</groupId><artifactId>lib")
                    .append(i).append("</artifactId><version>1.").append(i).append("</version></dependency>\n");
        }
        deps.append("</dependencies>");
        Collection c = MavenTrees.collect(MavenTrees.jimfs(Map.of("pom.xml", pom("org.acme", "big", "1.0",
                deps.toString()))));
        assertEquals(3001, c.components().size());
        Component last = byPurl(c, "pkg:maven/org.acme.g2999/lib2999@1.2999").orElseThrow();
        assertEquals(3007, last.primaryEvidence().line());
    }

    @Test
    void aLatin1PomThatSaysSoIsRead() {
        byte[] latin1 = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.acme</groupId>
                  <artifactId>legacy</artifactId>
                  <version>1.0</version>
                  <name>Référentiel</name>
                  <dependencies>
                    <dependency><groupId>log4j</groupId><artifactId>log4j</artifactId><version>1.2.17</version></dependency>
                  </dependencies>
                </project>
                """.getBytes(StandardCharsets.ISO_8859_1);
        Collection c = MavenTrees.collect(MavenTrees.jimfs(Map.of("pom.xml", latin1)));
        assertEquals(List.of(), c.problems());
        assertEquals(9, byPurl(c, "pkg:maven/log4j/log4j@1.2.17").orElseThrow().primaryEvidence().line());
    }

    @Test
    void aRelativePathLeavingTheTreeIsNeverFollowed() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("app/pom.xml", """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>org.acme</groupId><artifactId>outside</artifactId><version>1.0</version>
                    <relativePath>../../outside/pom.xml</relativePath>
                  </parent>
                  <artifactId>app</artifactId>
                  <dependencies>
                    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>
                  </dependencies>
                </project>
                """);
        Path root = MavenTrees.jimfs(files);
        // a parent that would manage the version sits next to the scanned folder, outside it
        try {
            Files.createDirectories(root.resolveSibling("outside"));
            Files.writeString(root.resolveSibling("outside").resolve("pom.xml"), pom("org.acme", "outside", "1.0", """
                      <packaging>pom</packaging>
                      <dependencyManagement><dependencies><dependency><groupId>org.postgresql</groupId>
                        <artifactId>postgresql</artifactId><version>42.7.3</version></dependency></dependencies>
                      </dependencyManagement>
                    """));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Collection c = MavenTrees.collect(root.resolve("app"));
        Component pg = byName(c, "org.postgresql", "postgresql").get(0);
        assertNull(pg.version());
        assertEquals("managed by org.acme:outside:1.0", pg.property(PomComponents.VERSION_EXPRESSION));
        assertEquals(List.of(), c.problems());
    }

    @Test
    void aPomWithoutArtifactIdIsAProblemAtItsLine() {
        String noArtifact = """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.acme</groupId>
                  <version>1.0</version>
                  <dependencies>
                    <dependency><groupId>org.yaml</groupId><artifactId>snakeyaml</artifactId><version>2.2</version></dependency>
                  </dependencies>
                </project>
                """;
        Collection c = MavenTrees.collect(MavenTrees.jimfs(Map.of("x/pom.xml", noArtifact, "b/pom.xml", GOOD)));
        assertEquals(List.of("x/pom.xml maven.buildFailed"), c.problems().stream()
                .map(p -> p.file() + " " + p.message().key()).toList());
        assertTrue(c.problems().get(0).message().args().toString().contains("artifactId"));
        assertEquals("x/pom.xml:6", byName(c, "org.yaml", "snakeyaml").get(0).primaryEvidence().location(),
                "its declarations are still listed");
        assertTrue(byPurl(c, "pkg:maven/org.postgresql/postgresql@42.7.3").isPresent());
    }

    @Test
    void invalidUtf8BytesAreReadAsMavenReadsThem() {
        byte[] bytes = GOOD.replace("<version>1.0</version>", "<version>1.0</version>\n  <name>R\u0000f</name>")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                bytes[i] = (byte) 0xE9; // a Latin-1 'é' in a file that says it is UTF-8
            }
        }
        Collection c = MavenTrees.collect(MavenTrees.jimfs(Map.of("pom.xml", bytes)));
        // Maven replaces the bad byte and builds the project; so do we (the text is only a display name)
        assertEquals(List.of(), c.problems());
        assertEquals(9, byPurl(c, "pkg:maven/org.postgresql/postgresql@42.7.3").orElseThrow().primaryEvidence().line());
    }

    @Test
    void brokenPomsNeverPrintAnything() {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        byte[] badBytes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><project><name>R\u00e9f</name></project>"
                .getBytes(StandardCharsets.ISO_8859_1);
        try {
            System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
            MavenTrees.collect(MavenTrees.jimfs(Map.of("a/pom.xml", badBytes, "b/pom.xml", "<project><oops></project>",
                    "c/pom.xml", "", "d/pom.xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><x>&e;</x>")));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }
}
