package fr.cctlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.testing.GitFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code referentials:} of the project file, for a folder (read from disk) and a git revision (read from it). */
class GitReferentialsCliTest {
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

    /** Tag {@code a}: MinIO is recommended (R); tag {@code b}: it is obsolete (O). */
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

    private Path project(String name, String config, Map<String, String> more) throws Exception {
        Path dir = tmp.resolve(name);
        Map<String, String> files = new LinkedHashMap<>(more);
        files.put("docker-compose.yml", COMPOSE);
        files.put(".cct-lint.yaml", config);
        try (Git git = GitFixtures.init(dir)) {
            GitFixtures.commit(git, files, "one", GitFixtures.day(1));
        }
        return dir;
    }

    /** A scan that fails on warnings, so status O (a warning) fails and status R passes. */
    private static CliRun scan(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "scan";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(new String[] {"--fail-on", "warning", "--lang", "en"}, 0, all, args.length + 1, 4);
        return CliRun.of(all);
    }

    @Test
    void eachRevisionIsJudgedWithTheReferentialItCarried() throws Exception {
        Path repo = repository();
        CliRun a = scan("--git", repo.toString(), "--rev", "a");
        assertEquals(0, a.exitCode(), a.out() + a.err());
        assertTrue(a.out().contains("Supplément ministériel (test)"), a.out());
        assertFalse(a.out().contains("CCT003"), a.out());

        CliRun b = scan("--git", repo.toString(), "--rev", "b");
        assertEquals(1, b.exitCode(), b.out() + b.err());
        assertTrue(b.out().contains("is XX-0001 MinIO (version *), status O"), b.out());
        assertFalse(b.err().contains("--referential"), "no usage error for --git any more: " + b.err());
    }

    @Test
    void theFolderScanStillReadsThemFromDisk() throws Exception {
        Path repo = repository();
        Files.writeString(repo.resolve("cct/extra.yaml"), extra("R")); // the work tree differs from HEAD (b: O)
        CliRun folder = scan(repo.toString());
        assertEquals(0, folder.exitCode(), folder.out() + folder.err());
        assertTrue(folder.out().contains("Supplément ministériel (test)"), folder.out());
        assertEquals(1, scan("--git", repo.toString()).exitCode(), "HEAD is b");
    }

    @Test
    void aMissingReferentialIsTheSameErrorForAFolderAndARevision() throws Exception {
        Path repo = project("missing", "referentials: [cct/missing.yaml]\n", Map.of());
        CliRun folder = CliRun.of("scan", repo.toString(), "--lang", "en");
        CliRun git = CliRun.of("scan", "--git", repo.toString(), "--lang", "en");
        assertEquals(2, folder.exitCode(), folder.err());
        assertEquals(2, git.exitCode(), git.err());
        assertTrue(folder.err().contains("missing.yaml: cannot read the file: "), folder.err());
        assertTrue(git.err().contains("HEAD:cct/missing.yaml: cannot read the file: cct/missing.yaml is not a file of "
                + "the revision"), git.err());
        for (CliRun run : new CliRun[] {folder, git}) {
            assertTrue(run.err().contains("the referential is invalid (1 problem(s) above)"), run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void aReferentialOutsideTheRepositoryIsRefusedAtItsLine() throws Exception {
        Files.writeString(tmp.resolve("outside.yaml"), extra("R"));
        Path repo = project("escape", "newProject: false\nreferentials:\n  - ../outside.yaml\n", Map.of());
        CliRun git = CliRun.of("scan", "--git", repo.toString(), "--lang", "en");
        assertEquals(2, git.exitCode(), git.err());
        assertTrue(git.err().contains(".cct-lint.yaml:3: referential ../outside.yaml leads out of the repository"),
                git.err());

        CliRun fr = CliRun.of("scan", "--git", repo.toString(), "--lang", "fr");
        assertTrue(fr.err().contains(".cct-lint.yaml:3: le référentiel ../outside.yaml sort du dépôt"), fr.err());
    }
}
