package fr.cctlint.source;

import java.util.ArrayDeque;
import java.util.Deque;

/** Paths inside a tree, written relative to a folder of it, resolved without ever leaving the tree. */
public final class RelativePaths {
    private RelativePaths() {
    }

    /**
     * {@code folder/target} with {@code .}, {@code ..} and doubled {@code /} applied, relative to the tree's root;
     * null when it climbs out of the tree or is absolute ({@code /x}, {@code \x}, {@code C:x}).
     *
     * @param folder a folder of the tree ({@code ""} for its root)
     */
    public static String resolve(String folder, String target) {
        if (target.startsWith("/") || target.startsWith("\\") || target.matches("^[A-Za-z]:.*")) {
            return null;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String part : (folder.isEmpty() ? target : folder + "/" + target).split("/")) {
            if (part.isEmpty() || ".".equals(part)) {
                continue;
            }
            if ("..".equals(part)) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else {
                segments.addLast(part);
            }
        }
        return String.join("/", segments);
    }
}
