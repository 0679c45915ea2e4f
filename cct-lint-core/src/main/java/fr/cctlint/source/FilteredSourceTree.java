package fr.cctlint.source;

import fr.cctlint.model.Problem;
import fr.cctlint.model.SourceInfo;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A view of a tree without the files that exclude globs name (the project file's {@code exclude}, read from the
 * tree itself, so it can only apply once the tree is open). Same glob rules as {@link SourceOptions#excludes()}.
 */
public final class FilteredSourceTree implements SourceTree {
    private final SourceTree tree;
    private final List<String> files;
    private final Set<String> listed;

    private FilteredSourceTree(SourceTree tree, List<String> files) {
        this.tree = tree;
        this.files = List.copyOf(files);
        this.listed = new HashSet<>(files);
    }

    /** The tree without what the globs exclude. @throws SourceException when a glob is invalid */
    public static SourceTree excluding(SourceTree tree, List<String> globs) throws SourceException {
        if (globs.isEmpty()) {
            return tree;
        }
        PathRules rules = PathRules.of(globs);
        List<String> kept = tree.files().stream().filter(path -> !excluded(rules, path)).toList();
        return new FilteredSourceTree(tree, kept);
    }

    private static boolean excluded(PathRules rules, String path) {
        int slash = path.lastIndexOf('/');
        String name = slash < 0 ? path : path.substring(slash + 1);
        if (rules.skipsFile(name, path)) {
            return true;
        }
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) { // any excluded parent folder
            String folder = path.substring(0, i);
            if (rules.skipsFolder(folder.substring(folder.lastIndexOf('/') + 1), folder)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public SourceInfo info() {
        return tree.info();
    }

    @Override
    public List<String> files() {
        return files;
    }

    @Override
    public byte[] read(String path) throws IOException {
        if (!listed.contains(path)) {
            throw new IOException("excluded from the scan: " + path);
        }
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
}
