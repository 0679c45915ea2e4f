package fr.cctlint.collect.compose;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Paths of a {@link fr.cctlint.source.SourceTree}: relative, {@code /}-separated, never leaving the root. */
public final class TreePaths {
    private TreePaths() {
    }

    /** The folder of a tree path: {@code a/b/c.yml} gives {@code a/b}, {@code c.yml} gives the empty string. */
    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The file name of a tree path. */
    public static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * A path written in a file of folder {@code dir} ({@code ../Dockerfile}, {@code ./compose/db.yaml}) as a tree
     * path; empty when it is absolute, a URL, or leaves the root.
     */
    public static Optional<String> resolve(String dir, String relative) {
        if (relative == null || relative.isBlank()) {
            return Optional.empty();
        }
        String rel = relative.strip().replace('\\', '/');
        if (rel.startsWith("/") || rel.contains("://") || rel.matches("^[A-Za-z]:.*")) {
            return Optional.empty();
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String p : (dir.isEmpty() ? rel : dir + "/" + rel).split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
