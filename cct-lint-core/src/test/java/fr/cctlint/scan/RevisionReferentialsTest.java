package fr.cctlint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.CollectorRegistry;
import fr.cctlint.collect.TreeScanner;
import fr.cctlint.config.ProjectConfigLoader;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Problem;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.Referential;
import fr.cctlint.referential.ReferentialException;
import fr.cctlint.referential.ReferentialLoader;
import fr.cctlint.referential.ReferentialSource;
import fr.cctlint.sbom.SbomReader;
import fr.cctlint.source.SourceException;
import fr.cctlint.source.SourceOptions;
import fr.cctlint.testing.GitFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A git revision's project file names referentials: they are read from that revision, never from disk. */
class RevisionReferentialsTest {
    private static final String COMPOSE = """
            services:
              store:
                image: minio/minio:RELEASE.2024-05-10T01-41-38Z
            """;

    @TempDir
    Path tmp;

    private static String extra(String status) {
        return """
                provenance:
                  id: ministry-extra
                  title: Supplément ministériel (test)
                  date: '2026-06-01'
                products:
                  - ref: XX-0001
                    name: MinIO
                    supplier: MinIO, Inc.
                    version: ''
                    constraint: '*'
                    status: %s
                    images: [minio/minio]
                """.formatted(status);
    }

    private static InputReader reader(boolean discoverConfig) {
        return new InputReader(new SbomReader(), new TreeScanner(CollectorRegistry.standard()),
                SourceOptions.defaults(), new ProjectConfigLoader(), discoverConfig);
    }

    /** A repository whose tag {@code a} carries extra.yaml with status R and tag {@code b} with status O. */
    private Path repository() throws Exception {
        Path dir = tmp.resolve("repo");
        try (Git git = GitFixtures.init(dir)) {
            GitFixtures.commit(git, Map.of("docker-compose.yml", COMPOSE, ".cct-lint.yaml",
                    "referentials: [cct/extra.yaml]\n", "cct/extra.yaml", extra("R")), "a", GitFixtures.day(1));
            git.tag().setName("a").call();
            GitFixtures.commit(git, Map.of("cct/extra.yaml", extra("O")), "b", GitFixtures.day(2));
            git.tag().setName("b").call();
        }
        return dir;
    }

    private Path repositoryWith(String config, Map<String, String> more) throws Exception {
        Path dir = tmp.resolve("other");
        Map<String, String> files = new LinkedHashMap<>(more);
        files.put("docker-compose.yml", COMPOSE);
        files.put(".cct-lint.yaml", config);
        try (Git git = GitFixtures.init(dir)) {
            GitFixtures.commit(git, files, "one", GitFixtures.day(1));
        }
        return dir;
    }

    private static InputReader.Read read(Path repo, String rev) throws SourceException {
        return reader(true).read(new ScanInput.Git(repo.toString(), rev, null));
    }

    private static List<Problem> problems(List<ReferentialSource> sources) {
        return assertThrows(ReferentialException.class, () -> ReferentialLoader.layered(sources, List.of()))
                .problems();
    }

    @Test
    void eachRevisionIsJudgedWithTheReferentialItCarried() throws Exception {
        Path repo = repository();
        Files.writeString(repo.resolve("cct/extra.yaml"), extra("M"), java.nio.charset.StandardCharsets.UTF_8);

        InputReader.Read a = read(repo, "a");
        assertEquals(List.of("a:cct/extra.yaml"), a.referentials().stream().map(ReferentialSource::label).toList());
        Product atA = ReferentialLoader.layered(a.referentials(), List.of()).find("XX-0001").orElseThrow();
        assertEquals("R", atA.status());

        Referential atB = ReferentialLoader.layered(read(repo, "b").referentials(), List.of());
        assertEquals("O", atB.find("XX-0001").orElseThrow().status(), "not the work tree's M, not a's R");
        assertTrue(atB.editions().stream().anyMatch(e -> "Supplément ministériel (test)".equals(e.title())));
        assertEquals(ReferentialLoader.bundled().products().size() + 1, atB.products().size());
    }

    @Test
    void pathsAreNormalisedInsideTheRevision() throws Exception {
        Path repo = repositoryWith("referentials:\n  - ./cct/../cct//extra.yaml\n",
                Map.of("cct/extra.yaml", extra("A")));
        InputReader.Read read = read(repo, "HEAD");
        assertEquals("HEAD:cct/extra.yaml", read.referentials().get(0).label());
        assertEquals("A", ReferentialLoader.layered(read.referentials(), List.of()).find("XX-0001").orElseThrow()
                .status());
    }

    @Test
    void aFileTheRevisionDoesNotHoldIsAProblemAtItsName() throws Exception {
        Path repo = repositoryWith("referentials: [cct/missing.yaml]\n", Map.of());
        Files.createDirectories(repo.resolve("cct"));
        Files.writeString(repo.resolve("cct/missing.yaml"), extra("R")); // on disk, never committed
        List<Problem> problems = problems(read(repo, "HEAD").referentials());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("HEAD:cct/missing.yaml", problems.get(0).file());
        assertTrue(problems.get(0).fatal());
        assertEquals("cannot read the file: cct/missing.yaml is not a file of the revision (missing, or left out of "
                + "the scan)", Messages.english().render(problems.get(0).message()));
    }

    @Test
    void pathsLeadingOutOfTheRevisionAreRefusedAtTheirLineOfTheProjectFile() throws Exception {
        Files.writeString(tmp.resolve("outside.yaml"), extra("R"));
        Path repo = repositoryWith("""
                newProject: false
                referentials:
                  - ../outside.yaml
                  - cct/../../outside.yaml
                  - /etc/extra.yaml
                """, Map.of());
        List<Problem> problems = problems(read(repo, "HEAD").referentials());
        assertEquals(List.of(".cct-lint.yaml:3", ".cct-lint.yaml:4", ".cct-lint.yaml:5"),
                problems.stream().map(p -> p.file() + ":" + p.line()).toList());
        assertEquals("referential ../outside.yaml leads out of the repository: a project file read from git can only "
                + "name files of its own revision", Messages.english().render(problems.get(0).message()));
    }

    @Test
    void aBinaryReferentialIsAProblemNotACrash() throws Exception {
        Path repo = repositoryWith("referentials: [cct/extra.yaml]\n", Map.of("cct/extra.yaml", "products:\0\1\2"));
        List<Problem> problems = problems(read(repo, "HEAD").referentials());
        assertEquals("HEAD:cct/extra.yaml", problems.get(0).file());
    }

    @Test
    void foldersAndNamedProjectFilesLeaveTheReferentialsToDisk() throws Exception {
        Path repo = repository();
        InputReader.Read folder = reader(true).read(new ScanInput.Folder(repo));
        assertEquals(List.of("cct/extra.yaml"), folder.config().config().referentials());
        assertEquals(List.of(), folder.referentials(), "a folder's referentials are read from disk by the caller");

        InputReader.Read named = reader(false).read(new ScanInput.Git(repo.toString(), "a", null));
        assertNull(named.config());
        assertEquals(List.of(), named.referentials());
    }
}
