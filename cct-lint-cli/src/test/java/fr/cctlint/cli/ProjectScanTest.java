package fr.cctlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cct-lint scan FOLDER} and {@code scan --git REPO --rev REV} on project checkouts. */
class ProjectScanTest {
    private static final Path ROOT = Path.of(System.getProperty("cct.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aFolderAndTheSameContentAsAGitRevisionGiveTheSameFindings() throws Exception {
        Path work = copy(ROOT.resolve("examples/project-java-maven"), tmp.resolve("work"));
        RevCommit commit;
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            commit = git.commit().setMessage("example").setAuthor("t", "t@example.org")
                    .setCommitter("t", "t@example.org").setSign(false).call();
            git.tag().setName("v1.0").call();
        }
        JsonNode folder = findings(CliRun.of("scan", work.toString(), "-f", "json", "--fail-on", "none"));
        JsonNode atTag = findings(CliRun.of("scan", "--git", work.toString(), "--rev", "v1.0", "-f", "json",
                "--fail-on", "none"));
        assertTrue(folder.size() > 3, folder.toString());
        assertEquals(folder, atTag);

        CliRun sarif = CliRun.of("scan", "--git", work.toString(), "--rev", "v1.0", "-f", "sarif", "--fail-on", "none");
        JsonNode vcs = JSON.readTree(sarif.out()).at("/runs/0/versionControlProvenance/0");
        assertEquals(commit.getName(), vcs.path("revisionId").asText());
        assertEquals("v1.0", vcs.path("revisionTag").asText());
        assertTrue(vcs.path("repositoryUri").asText().startsWith("file:"), vcs.toString());
        CliRun text = CliRun.of("scan", "--git", work.toString(), "--rev", "v1.0", "--fail-on", "none");
        assertTrue(text.out().contains("Revision: v1.0 (commit " + commit.getName() + ")"), text.out());
    }

    @Test
    void aLaterCommitIsNotSeenAtAnEarlierRevision() throws Exception {
        Path work = copy(ROOT.resolve("examples/project-node"), tmp.resolve("node"));
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            commitAll(git, "first");
            git.tag().setName("before").call();
            Files.writeString(work.resolve("docker-compose.override.yml"), "services:\n  mq:\n    image: rabbitmq:3.13\n");
            commitAll(git, "second");
        }
        String before = CliRun.of("scan", "--git", work.toString(), "--rev", "before", "-f", "json").out();
        String head = CliRun.of("scan", "--git", work.toString(), "-f", "json").out();
        assertFalse(before.contains("rabbitmq"), "the broker came later");
        assertTrue(head.contains("rabbitmq"), head);
    }

    @Test
    void unreadableSourcesAreExitCode2WithOneLine() throws IOException {
        CliRun missing = CliRun.of("scan", tmp.resolve("nope").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("cct-lint: error: "), missing.err());
        assertEquals(1, missing.err().lines().count(), missing.err());

        Path plain = Files.createDirectories(tmp.resolve("plain"));
        CliRun notGit = CliRun.of("scan", "--git", plain.toString());
        assertEquals(2, notGit.exitCode());
        assertTrue(notGit.err().contains(plain.toString()), notGit.err());
        assertFalse(notGit.err().contains("\tat "), "no stack trace");
    }

    @Test
    void anUnknownRevisionIsExitCode2() throws Exception {
        Path work = copy(ROOT.resolve("examples/project-node"), tmp.resolve("rev"));
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            commitAll(git, "only");
        }
        CliRun run = CliRun.of("scan", "--git", work.toString(), "--rev", "v9.9.9");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("v9.9.9"), run.err());
    }

    @Test
    void excludesLeaveFilesOut() throws IOException {
        String project = ROOT.resolve("examples/project-java-maven").toString();
        assertTrue(componentNames(CliRun.of("scan", project, "-f", "json")).contains("struts2-core"));
        List<String> without = componentNames(CliRun.of("scan", project, "-f", "json", "--exclude", "titres-batch/**"));
        assertFalse(without.contains("struts2-core"), "the batch module was excluded: " + without);
        assertTrue(without.contains("hibernate-core"), without.toString());
    }

    private static List<String> componentNames(CliRun run) throws IOException {
        List<String> names = new ArrayList<>();
        JSON.readTree(run.out()).at("/inputs/0/assessments").forEach(a -> names.add(a.at("/component/name").asText()));
        return names;
    }

    /** The findings, without what depends on where the source lives. */
    private static JsonNode findings(CliRun run) throws IOException {
        JsonNode input = JSON.readTree(run.out()).at("/inputs/0");
        return input.path("findings");
    }

    private static void commitAll(Git git, String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                .setSign(false).call();
    }

    private static Path copy(Path from, Path to) throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(sources::add);
        }
        for (Path source : sources) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }
}
