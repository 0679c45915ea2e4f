package fr.cctlint.collect.gradle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fr.cctlint.collect.Collection;
import fr.cctlint.model.Component;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken and odd Gradle builds: problems with file and line, never an exception, the other files still read. */
class GradleBadInputTest {
    private final GradleCollector collector = new GradleCollector();

    private Collection collect(Map<String, byte[]> files) {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = fs.getPath("/build");
            Files.createDirectories(root);
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                Path p = root.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            try (SourceTree tree = PathSourceTree.open(root, "build")) {
                return collector.collect(tree, tree.files().stream().filter(collector::claims).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> problems(Collection c) {
        return c.problems().stream().map(p -> p.file() + ":" + p.line() + " " + p.message().key()).toList();
    }

    private static List<String> ids(Collection c) {
        return c.components().stream().map(Component::id).toList();
    }

    private static final String GOOD = """
            dependencies {
                implementation 'org.postgresql:postgresql:42.7.3'
            }
            """;

    @Test
    void invalidCatalogIsAProblemAtItsLineAndScriptsStillRead() {
        Collection c = collect(Map.of(
                "gradle/libs.versions.toml", utf8("[versions]\nspring = \"6.1.6\"\n[libraries]\nspring-core = { module = \"org.springframework:spring-core\", version.ref = \"spring\"\n"),
                "build.gradle", utf8(GOOD + "dependencies { implementation libs.spring.core }\n")));
        // the broken catalog is the one problem: references to it are not reported again
        assertEquals(List.of("gradle/libs.versions.toml:4 collect.invalidToml"), problems(c));
        assertEquals(List.of("pkg:maven/org.postgresql/postgresql@42.7.3"), ids(c));
    }

    @Test
    void notUtf8ScriptIsAProblemAndOtherModulesAreRead() {
        byte[] latin1 = "// d\u00e9pendances\ndependencies { implementation 'a:b:1' }\n".getBytes(StandardCharsets.ISO_8859_1);
        Collection c = collect(Map.of("api/build.gradle", latin1, "build.gradle", utf8(GOOD)));
        assertEquals(List.of("api/build.gradle:1 collect.notUtf8"), problems(c));
        assertEquals(List.of("pkg:maven/org.postgresql/postgresql@42.7.3"), ids(c));
    }

    @Test
    void malformedLockfileLinesAreReportedOneByOne() {
        Collection c = collect(Map.of("gradle.lockfile", utf8("""
                # Gradle lockfile
                org.postgresql:postgresql:42.7.3=runtimeClasspath
                this is not a lock line
                org.slf4j:slf4j-api=runtimeClasspath
                empty=annotationProcessor
                """)));
        assertEquals(List.of("gradle.lockfile:3 gradle.invalidLockLine", "gradle.lockfile:4 gradle.invalidLockLine"), problems(c));
        assertEquals(List.of("pkg:maven/org.postgresql/postgresql@42.7.3"), ids(c));
    }

    /** Odd syntax: whatever the scanner makes of it, it neither throws nor loses the good module. */
    @ParameterizedTest
    @ValueSource(strings = {
        "dependencies {\n implementation 'a:b:1'\n",                       // block never closed
        "}}}}\ndependencies { implementation 'a:b:1' }\n",                  // stray closing braces
        "dependencies { implementation \"a:b:1\n}\n",                       // string never closed
        "/* comment never closed\ndependencies { implementation 'x:y:1' }", // comment never closed
        "def s = '''\ndependencies { implementation 'x:y:1' }\n",           // triple-quoted string never closed
        "dependencies { implementation(\"a:b:${'$'}{ver\") }\n",            // interpolation never closed
        "dependencies { implementation platform( }\n",
        "dependencies { implementation group: , name: }\n",
        "\u0000\u0001binary\uFFFD{{{((([[[",
        "",
    })
    void oddSyntaxNeverThrows(String script) {
        Collection c = collect(Map.of("odd/build.gradle", utf8(script), "build.gradle", utf8(GOOD)));
        assertTrue(ids(c).contains("pkg:maven/org.postgresql/postgresql@42.7.3"), ids(c)::toString);
        assertTrue(ids(c).stream().noneMatch(id -> id.contains("x/y")), ids(c)::toString);
    }

    @Test
    void hugeScriptIsReadInOnePass() {
        StringBuilder sb = new StringBuilder("dependencies {\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("    implementation 'org.example:lib").append(i).append(":1.0.").append(i).append("'\n");
        }
        sb.append("}\n").append("(".repeat(50_000)).append('\n').append("'".repeat(3)).append("x".repeat(100_000));
        Collection c = collect(Map.of("build.gradle", utf8(sb.toString())));
        assertEquals(20_000, c.components().size());
        assertEquals("build.gradle:20001", c.components().stream()
                .filter(x -> x.name().equals("lib19999")).findFirst().orElseThrow().primaryEvidence().location());
    }

    @Test
    void variablesFromGradlePropertiesAndTheRootScriptReachSubprojects() {
        Collection c = collect(Map.of(
                "gradle.properties", utf8("hibernateVersion=6.4.4.Final\n"),
                "build.gradle", utf8("ext.jacksonVersion = '2.17.0'\next { set('slf4jVersion', '2.0.13') }\n"),
                "app/gradle.properties", utf8("hibernateVersion=6.5.0.Final\n"),
                "app/build.gradle.kts", utf8("""
                        dependencies {
                            implementation("org.hibernate.orm:hibernate-core:${property("hibernateVersion")}")
                            implementation("com.fasterxml.jackson.core:jackson-core:${rootProject.extra["jacksonVersion"]}")
                            implementation("org.slf4j:slf4j-api:" + slf4jVersion)
                            implementation("org.example:unknown:$nowhere")
                        }
                        """)));
        assertEquals(List.of(), problems(c));
        assertEquals(List.of("pkg:maven/org.hibernate.orm/hibernate-core@6.5.0.Final",
                "pkg:maven/com.fasterxml.jackson.core/jackson-core@2.17.0",
                "pkg:maven/org.slf4j/slf4j-api",
                "pkg:maven/org.example/unknown"), ids(c));
        assertEquals("$nowhere", c.components().get(3).property("cct:versionExpression"));
        assertEquals("org.slf4j:slf4j-api: + slf4jVersion", c.components().get(2).property("cct:versionExpression"));
    }
}
