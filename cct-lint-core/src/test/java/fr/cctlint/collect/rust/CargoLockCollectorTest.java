package fr.cctlint.collect.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.model.Component;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CargoLockCollectorTest {
    private final CargoLockCollector collector = new CargoLockCollector();

    private Collection collectResources() throws Exception {
        Path root = Path.of(getClass().getResource("/collect/rust").toURI());
        try (SourceTree tree = PathSourceTree.open(root, "rust")) {
            return collector.collect(tree, tree.files().stream().filter(collector::claims).toList());
        }
    }

    private Collection collect(Map<String, byte[]> files) throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = fs.getPath("/project");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = root.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            try (SourceTree tree = PathSourceTree.open(root, "project")) {
                return collector.collect(tree, tree.files().stream().filter(collector::claims).toList());
            }
        }
    }

    private static List<Component> in(Collection c, String file) {
        return c.components().stream().filter(x -> x.primaryEvidence().file().equals(file)).toList();
    }

    private static List<Problem> problemsIn(Collection c, String file) {
        return c.problems().stream().filter(x -> x.file().equals(file)).toList();
    }

    @Test
    void claimsCargoLockOnly() {
        assertTrue(collector.claims("Cargo.lock"));
        assertTrue(collector.claims("crates/api/Cargo.lock"));
        assertFalse(collector.claims("Cargo.toml"));
        assertFalse(collector.claims("cargo.lock.orig"));
    }

    static Stream<Arguments> crates() {
        return Stream.of(
                Arguments.of("pkg:cargo/anyhow@1.0.81", 6),
                Arguments.of("pkg:cargo/axum@0.7.5", 12),
                Arguments.of("pkg:cargo/serde@1.0.197", 53),
                Arguments.of("pkg:cargo/syn@1.0.109", 71),
                Arguments.of("pkg:cargo/syn@2.0.55", 77),
                Arguments.of("pkg:cargo/tokio@1.36.0", 83),
                Arguments.of("pkg:cargo/internal-auth@2.3.1?repository_url=https%3A%2F%2Fcrates.interieur.example%2Fapi%2Fv1%2Fcrates%2F", 42),
                Arguments.of("pkg:cargo/proj-sys@0.23.2?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fgeorust%2Fproj%405d8f4c1e2a3b4c5d6e7f8091a2b3c4d5e6f70819", 48));
    }

    @ParameterizedTest
    @MethodSource("crates")
    void everySourcedPackageIsARuntimeCrateAtItsNameLine(String purl, int line) throws Exception {
        Collection c = collectResources();
        Component crate = in(c, "workspace/Cargo.lock").stream().filter(x -> purl.equals(x.purl())).findFirst()
                .orElseThrow(() -> new AssertionError(purl + " not in " + c.components().stream().map(Component::purl).toList()));
        assertEquals(line, crate.primaryEvidence().line());
        assertEquals("name = \"" + crate.name() + "\"", crate.primaryEvidence().text());
        assertEquals(Scope.RUNTIME, crate.scope());
        assertEquals(Roles.PACKED_LIBRARY, crate.property(Roles.KEY));
        assertEquals("4", crate.property("cargo:lockfileVersion"));
    }

    @Test
    void workspaceCratesArePathPackagesAndNotComponents() throws Exception {
        List<String> names = in(collectResources(), "workspace/Cargo.lock").stream().map(Component::name).toList();
        assertEquals(List.of("anyhow", "axum", "internal-auth", "proj-sys", "serde", "serde_derive", "syn", "syn", "tokio"),
                names);
    }

    @Test
    void gitSourceIsKeptVerbatim() throws Exception {
        Component proj = in(collectResources(), "workspace/Cargo.lock").stream()
                .filter(x -> x.name().equals("proj-sys")).findFirst().orElseThrow();
        assertEquals("git+https://github.com/georust/proj?branch=main#5d8f4c1e2a3b4c5d6e7f8091a2b3c4d5e6f70819",
                proj.property("cargo:source"));
        assertEquals("0.23.2", proj.version());
    }

    @Test
    void lockfileVersion3IsRead() throws Exception {
        List<Component> v3 = in(collectResources(), "v3/Cargo.lock");
        assertEquals(List.of("pkg:cargo/clap@4.5.4"), v3.stream().map(Component::purl).toList());
        assertEquals(6, v3.get(0).primaryEvidence().line());
        assertEquals("3", v3.get(0).property("cargo:lockfileVersion"));
    }

    @Test
    void invalidTomlIsOneProblemAtItsLine() throws Exception {
        Collection c = collectResources();
        List<Problem> p = problemsIn(c, "broken/Cargo.lock");
        assertEquals(1, p.size(), p.toString());
        assertEquals("collect.invalidToml", p.get(0).message().key());
        assertEquals(8, p.get(0).line());
        assertTrue(in(c, "broken/Cargo.lock").isEmpty());
    }

    @Test
    void aPackageWithoutNameOrVersionIsAProblemAndTheOthersAreKept() throws Exception {
        Collection c = collectResources();
        List<Problem> p = problemsIn(c, "incomplete/Cargo.lock");
        assertEquals(List.of(4, 7), p.stream().map(Problem::line).toList());
        assertTrue(p.stream().allMatch(x -> x.message().key().equals("rust.badPackage")));
        assertEquals(List.of("pkg:cargo/regex@1.10.4"), in(c, "incomplete/Cargo.lock").stream().map(Component::purl).toList());
        assertEquals(12, in(c, "incomplete/Cargo.lock").get(0).primaryEvidence().line());
    }

    @Test
    void packageThatIsNotAListIsAProblem() throws Exception {
        Collection c = collect(Map.of("Cargo.lock", "version = 3\n\n[package]\nname = \"x\"\nversion = \"1.0.0\"\n"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("rust.badPackages"), c.problems().stream().map(x -> x.message().key()).toList());
        assertEquals(3, c.problems().get(0).line());
    }

    @Test
    void notUtf8EmptyAndHostileInputNeverThrow() throws Exception {
        Collection c = collect(Map.of(
                "a/Cargo.lock", "version = 3\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1),
                "b/Cargo.lock", new byte[0],
                "c/Cargo.lock", ("x = " + "[".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8),
                "d/Cargo.lock", "version = 4\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("collect.notUtf8", problemsIn(c, "a/Cargo.lock").get(0).message().key());
        assertEquals(2, problemsIn(c, "a/Cargo.lock").get(0).line());
        assertTrue(problemsIn(c, "b/Cargo.lock").isEmpty());
        assertEquals(1, problemsIn(c, "c/Cargo.lock").size());
        assertTrue(problemsIn(c, "d/Cargo.lock").isEmpty());
        assertTrue(c.components().isEmpty());
    }
}
