package fr.cctlint.newonly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Git repositories the tests build with JGit through a work tree. */
final class Repositories {
    private Repositories() {
    }

    static Git init(Path dir) throws GitAPIException {
        return Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    }

    /** Writes (or, for a null text, deletes) files in the work tree, then commits everything. */
    static RevCommit commit(Git git, Map<String, String> files, String message, int day)
            throws IOException, GitAPIException {
        Path top = git.getRepository().getWorkTree().toPath();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = top.resolve(f.getKey());
            if (f.getValue() == null) {
                Files.deleteIfExists(file);
            } else {
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue());
            }
        }
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("Test Author", "author@example.org",
                Instant.parse("2024-05-01T08:00:00Z").plusSeconds(86_400L * day), ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    /** Moves a file in the work tree (the next commit records a rename). */
    static void move(Git git, String from, String to) throws IOException {
        Path top = git.getRepository().getWorkTree().toPath();
        Files.createDirectories(top.resolve(to).getParent());
        Files.move(top.resolve(from), top.resolve(to));
    }
}
