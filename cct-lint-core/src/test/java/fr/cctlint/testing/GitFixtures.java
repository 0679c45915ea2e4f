package fr.cctlint.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/** Git repositories the tests build with JGit: through a work tree, or straight into the object store. */
public final class GitFixtures {
    public static final PersonIdent AUTHOR = at("2024-03-01T09:30:00Z");

    private GitFixtures() {
    }

    public static PersonIdent at(String instant) {
        return new PersonIdent("Test Author", "author@example.org", Instant.parse(instant), ZoneId.of("Europe/Paris"));
    }

    /** An author {@code day} days after 2024-05-01 08:00 UTC, for histories whose order matters. */
    public static PersonIdent day(int day) {
        return new PersonIdent("Test Author", "author@example.org",
                Instant.parse("2024-05-01T08:00:00Z").plusSeconds(86_400L * day), java.time.ZoneOffset.UTC);
    }

    /** Moves a file in the work tree (the next commit records a rename). */
    public static void move(Git git, String from, String to) throws IOException {
        Path top = git.getRepository().getWorkTree().toPath();
        Files.createDirectories(top.resolve(to).getParent());
        Files.move(top.resolve(from), top.resolve(to));
    }

    public static Git init(Path dir) throws GitAPIException {
        return Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    }

    /** Writes (or with a null text, deletes) files in the work tree, then commits everything. */
    public static RevCommit commit(Git git, Map<String, String> files, String message, PersonIdent when)
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
        return git.commit().setMessage(message).setAuthor(when).setCommitter(when).setSign(false).call();
    }

    /** An entry of a tree built straight into the object store. */
    public record Entry(FileMode mode, byte[] content, ObjectId id) {
        public static Entry file(String text) {
            return new Entry(FileMode.REGULAR_FILE, text.getBytes(StandardCharsets.UTF_8), null);
        }

        public static Entry link(String target) {
            return new Entry(FileMode.SYMLINK, target.getBytes(StandardCharsets.UTF_8), null);
        }

        public static Entry submodule(String commitId) {
            return new Entry(FileMode.GITLINK, null, ObjectId.fromString(commitId));
        }
    }

    /** Commits a tree of entries (files, links, submodules) on a branch of a bare repository, without a work tree. */
    public static RevCommit commitTree(Repository repo, String branch, Map<String, Entry> entries) throws IOException {
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                DirCacheEntry entry = new DirCacheEntry(e.getKey());
                entry.setFileMode(e.getValue().mode());
                try {
                    entry.setObjectId(e.getValue().id() != null ? e.getValue().id()
                            : inserter.insert(Constants.OBJ_BLOB, e.getValue().content()));
                } catch (IOException ex) {
                    throw new IllegalStateException(ex);
                }
                builder.add(entry);
            });
            builder.finish();
            ObjectId tree = index.writeTree(inserter);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            commit.setAuthor(AUTHOR);
            commit.setCommitter(AUTHOR);
            commit.setMessage("tree built by the test");
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repo.updateRef(Constants.R_HEADS + branch);
            update.setNewObjectId(id);
            update.forceUpdate();
            try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repo)) {
                return walk.parseCommit(id);
            }
        }
    }
}
