package fr.cctlint.collect.python;

import static fr.cctlint.collect.python.PythonFixtures.byId;
import static fr.cctlint.collect.python.PythonFixtures.collectFiles;
import static fr.cctlint.collect.python.PythonFixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fr.cctlint.collect.Collection;
import fr.cctlint.model.Problem;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken and hostile Python manifests: a problem with file and line, the other files still read, nothing outside the tree. */
class PythonBadInputTest {
    private final PythonCollector collector = new PythonCollector();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Each broken file next to a good requirements.txt: one problem where expected, flask still found. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        pyproject.toml  | [project]\\nname = "x"\\ndependencies = [\\n  "django>=4.2",\\n  "flask"\\n[tool.x]\\n | pyproject.toml:5 collect.invalidToml
        poetry.lock     | [[package]]\\nname = "a"\\nname = "b"\\n                                            | poetry.lock:3 collect.invalidToml
        uv.lock         | version = 1\\n[[package]\\nname = "a"\\n                                            | uv.lock:2 collect.invalidToml
        Pipfile.lock    | {\\n  "default": {\\n    "requests": {"version": "==2.31.0",}\\n  }\\n}\\n           | Pipfile.lock:3 collect.invalidJson
        requirements-bad.txt | flask==3.0.3\\nthis is not a requirement\\ndjango>>4\\n                         | requirements-bad.txt:2 python.invalidRequirement
        """)
    void brokenFileGivesOneProblemAtItsLine(String file, String content, String expected) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(file, utf8(content.replace("\\n", "\n")));
        files.put("requirements.txt", utf8("flask==3.0.3\n"));
        Collection c = collectFiles(collector, files);
        Problem first = c.problems().get(0);
        assertEquals(expected, first.file() + ":" + first.line() + " " + first.message().key(), problems(c));
        byId(c, "pkg:pypi/flask@3.0.3");
    }

    @Test
    void invalidRequirementLinesAreEachReported() {
        Collection c = collectFiles(collector, Map.of("requirements.txt",
                utf8("flask==3.0.3\nthis is not a requirement\ndjango>>4\n")));
        assertEquals("requirements.txt:2 python.invalidRequirement[this is not a requirement]\n"
                + "requirements.txt:3 python.invalidRequirement[django>>4]", problems(c));
    }

    @Test
    void notUtf8IsAProblemAtTheBadLine() {
        byte[] latin1 = "flask==3.0.3\n# d\u00e9pendances\ndjango==4.2\n".getBytes(StandardCharsets.ISO_8859_1);
        Collection c = collectFiles(collector, Map.of("requirements.txt", latin1, "requirements-dev.txt", utf8("pytest==8.1.1\n")));
        assertEquals("requirements.txt:2 collect.notUtf8[]", problems(c));
        byId(c, "pkg:pypi/pytest@8.1.1");
    }

    @Test
    void emptyFilesGiveNothing() {
        Collection c = collectFiles(collector, Map.of("requirements.txt", new byte[0], "pyproject.toml", new byte[0],
                "poetry.lock", new byte[0], "uv.lock", utf8("\n")));
        assertEquals("", problems(c));
        assertEquals(List.of(), c.components());
    }

    @Test
    void includeCycleIsReadOnce() {
        Collection c = collectFiles(collector, Map.of(
                "requirements.txt", utf8("-r requirements/common.txt\nflask==3.0.3\n"),
                "requirements/common.txt", utf8("-r ../requirements.txt\n-r common.txt\nrequests==2.31.0\n")));
        assertEquals("", problems(c));
        assertEquals(2, c.components().size());
        assertEquals(1, byId(c, "pkg:pypi/requests@2.31.0").evidence().size());
    }

    @Test
    void includesOutsideTheTreeAreNeverRead() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = fs.getPath("/srv/project");
            Files.createDirectories(root.resolve("app"));
            Files.createDirectories(fs.getPath("/etc"));
            Files.writeString(fs.getPath("/etc/passwd"), "root==0.0.0\n");
            Files.writeString(fs.getPath("/srv/secret-requirements.txt"), "leak==1.0\n");
            Files.writeString(root.resolve("app/requirements.txt"), String.join("\n",
                    "-r ../../../etc/passwd",
                    "-r /etc/passwd",
                    "--requirement=../../secret-requirements.txt",
                    "-c https://example.org/constraints.txt",
                    "-r missing.txt",
                    "flask==3.0.3", ""));
            List<String> reads = new ArrayList<>();
            try (SourceTree tree = recording(PathSourceTree.open(root, "project"), reads)) {
                Collection c = PythonFixtures.run(collector, tree);
                assertEquals(List.of("app/requirements.txt"), reads);
                assertEquals(String.join("\n",
                        "app/requirements.txt:1 python.includeOutside[../../../etc/passwd]",
                        "app/requirements.txt:2 python.includeOutside[/etc/passwd]",
                        "app/requirements.txt:3 python.includeOutside[../../secret-requirements.txt]",
                        "app/requirements.txt:4 python.includeRemote[https://example.org/constraints.txt]",
                        "app/requirements.txt:5 python.includeMissing[missing.txt]"), problems(c));
                assertEquals(1, c.components().size());
            }
        }
    }

    @Test
    void hostileLongLinesAndUnnamedUrlsDoNotStopTheScan() {
        String longLine = "a".repeat(200_000) + "\n" + " ".repeat(100_000) + "x\n";
        Collection c = collectFiles(collector, Map.of("requirements.txt", utf8(longLine
                + "https://example.org/download/archive\n"
                + "-e git+https://example.org/repo.git\n"
                + "flask==3.0.3\n")));
        // the first line is too long to be a requirement, the second is "x" (a valid name)
        assertEquals(List.of("python.invalidRequirement", "python.unnamedRequirement", "python.unnamedRequirement"), c.problems().stream().map(p -> p.message().key()).toList(), problems(c));
        byId(c, "pkg:pypi/flask@3.0.3");
        byId(c, "pkg:pypi/x");
    }

    @Test
    void poetryAndPep621TablesOfTheWrongShapeAreSkipped() {
        Collection c = collectFiles(collector, Map.of("pyproject.toml", utf8("""
                [project]
                dependencies = "django"
                optional-dependencies = 3
                [tool.poetry]
                dependencies = ["flask"]
                [tool.poetry.group.dev]
                dependencies = 1
                [dependency-groups]
                dev = [{include-group = "test"}, "pytest==8.1.1"]
                """)));
        assertEquals("", problems(c));
        assertEquals(List.of("pkg:pypi/pytest@8.1.1"), c.components().stream().map(x -> x.id()).toList());
    }

    private static SourceTree recording(SourceTree tree, List<String> reads) {
        return new SourceTree() {
            @Override
            public SourceInfo info() {
                return tree.info();
            }

            @Override
            public List<String> files() {
                return tree.files();
            }

            @Override
            public byte[] read(String path) throws IOException {
                reads.add(path);
                return tree.read(path);
            }

            @Override
            public List<Problem> notes() {
                return tree.notes();
            }

            @Override
            public void close() {
                tree.close();
            }
        };
    }

    @Test
    void credentialsInUrlsAreNeverKept() {
        Collection c = collectFiles(collector, Map.of("requirements.txt",
                utf8("private-lib @ https://user:t0ken@pypi.example.org/packages/private_lib-1.0.0-py3-none-any.whl\n")));
        var component = byId(c, "pkg:pypi/private-lib@1.0.0");
        assertTrue(component.properties().values().stream().noneMatch(v -> v.contains("t0ken")), component.properties()::toString);
    }
}
