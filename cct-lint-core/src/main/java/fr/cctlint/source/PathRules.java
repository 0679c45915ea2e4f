package fr.cctlint.source;

import fr.cctlint.i18n.Message;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which folders and files a tree leaves out, by name or by path: the same for folders and git revisions.
 * Exclude globs are compiled by {@link java.nio.file.FileSystem#getPathMatcher(String)} and matched against
 * root-relative paths.
 */
final class PathRules {
    /** Folders never scanned: build output, dependencies, vendored code, VCS and tool metadata. */
    static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "node_modules", "target", "build", "dist",
            "vendor", "third_party", ".gradle", ".mvn", ".idea", ".venv", "venv", "__pycache__", "bower_components");

    private final List<PathMatcher> matchers;

    private PathRules(List<PathMatcher> matchers) {
        this.matchers = List.copyOf(matchers);
    }

    /** @throws SourceException when a glob is not valid */
    static PathRules of(List<String> excludes) throws SourceException {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String raw : excludes) {
            String glob = trim(raw);
            if (glob.isEmpty()) {
                continue;
            }
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
                if (glob.startsWith("**/") && glob.length() > 3) {
                    // "**/x" also means "x" at the root, as users expect from gitignore-like tools
                    matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
                }
            } catch (IllegalArgumentException e) {
                throw new SourceException(Message.of("source.invalidExclude", raw, String.valueOf(e.getMessage())), e);
            }
        }
        return new PathRules(matchers);
    }

    private static String trim(String glob) {
        String g = glob.strip().replace('\\', '/');
        while (g.startsWith("./")) {
            g = g.substring(2);
        }
        while (g.startsWith("/")) {
            g = g.substring(1);
        }
        while (g.endsWith("/")) {
            g = g.substring(0, g.length() - 1);
        }
        return g;
    }

    /** A folder (root-relative path, its last segment {@code name}) whose content is left out. */
    boolean skipsFolder(String name, String path) {
        return SKIPPED_FOLDERS.contains(name) || excluded(path);
    }

    /** A file left out by the exclude globs (or a {@code .git} file, as in a submodule checkout). */
    boolean skipsFile(String name, String path) {
        return ".git".equals(name) || excluded(path);
    }

    private boolean excluded(String path) {
        if (matchers.isEmpty()) {
            return false;
        }
        Path candidate;
        try {
            candidate = Path.of(path);
        } catch (InvalidPathException e) {
            return false; // a name this platform cannot spell cannot have been meant by a glob typed on it
        }
        for (PathMatcher m : matchers) {
            if (m.matches(candidate)) {
                return true;
            }
        }
        return false;
    }
}
