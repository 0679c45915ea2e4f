package fr.cctlint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The {@code .gitignore} rules in force while walking a work tree, parsed by JGit's {@link IgnoreNode}: one node
 * per folder that has a {@code .gitignore}, deepest first, then {@code .git/info/exclude}. A path is checked
 * against the nearest {@code .gitignore} first; a rule there (including a {@code !negation}) decides, otherwise
 * the parent folder's rules do, as git does. Ignored folders are not entered, so (as in git) a file cannot be
 * re-included under an ignored folder.
 */
final class GitIgnores {
    private record Level(String folder, IgnoreNode node) {
    }

    private final Deque<Level> levels = new ArrayDeque<>();
    private final IgnoreNode infoExclude;

    private GitIgnores(IgnoreNode infoExclude) {
        this.infoExclude = infoExclude;
    }

    /** For a work tree whose top is {@code root}: reads {@code .git/info/exclude} when there is one. */
    static GitIgnores forWorkTree(Path root) throws IOException {
        Path exclude = root.resolve(".git").resolve("info").resolve("exclude");
        return new GitIgnores(Files.isRegularFile(exclude, LinkOption.NOFOLLOW_LINKS) ? parse(exclude) : null);
    }

    /** For a folder inside a work tree (not its top): only the {@code .gitignore} files under the folder count. */
    static GitIgnores insideWorkTree() {
        return new GitIgnores(null);
    }

    /**
     * Entering a folder ({@code ""} for the root): reads its {@code .gitignore} when it has one.
     * @throws IOException when that file exists but cannot be read (the folder is still entered, without it)
     */
    void enter(Path dir, String folder) throws IOException {
        Path file = dir.resolve(".gitignore");
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            levels.push(new Level(folder, null));
            return;
        }
        try {
            IgnoreNode node = parse(file);
            levels.push(new Level(folder, node.getRules().isEmpty() ? null : node));
        } catch (IOException e) {
            levels.push(new Level(folder, null));
            throw e;
        }
    }

    void leave() {
        levels.pop();
    }

    /** Whether a root-relative path is ignored (its parent folders were not, or it would not be visited). */
    boolean ignored(String path, boolean folder) {
        for (Iterator<Level> it = levels.iterator(); it.hasNext();) {
            Level level = it.next();
            if (level.node() == null) {
                continue;
            }
            String relative = level.folder().isEmpty() ? path : path.substring(level.folder().length() + 1);
            Boolean result = level.node().checkIgnored(relative, folder);
            if (result != null) {
                return result;
            }
        }
        if (infoExclude != null) {
            Boolean result = infoExclude.checkIgnored(path, folder);
            return result != null && result;
        }
        return false;
    }

    private static IgnoreNode parse(Path file) throws IOException {
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            node.parse(file.toString(), in);
        }
        return node;
    }
}
