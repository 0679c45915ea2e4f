package fr.cctlint.collect;

import fr.cctlint.source.SourceTree;
import java.io.IOException;
import fr.cctlint.model.Problem;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The loop every file-by-file collector shares: read each claimed file through the tree, decode it as UTF-8,
 * parse it; a file that cannot be read or decoded, or whose parser fails unexpectedly, becomes a problem at that
 * file and the next file is read.
 */
public final class SourceFiles {
    private SourceFiles() {
    }

    /** One file's text; when it cannot be read or decoded, the problem is added and the result is empty. */
    public static Optional<SourceText> text(SourceTree tree, String path, List<Problem> problems) {
        try {
            SourceText.Result result = SourceText.decode(path, tree.read(path));
            if (result.problem() != null) {
                problems.add(result.problem());
            }
            return result.ok();
        } catch (IOException | RuntimeException e) {
            problems.add(Problems.unreadable(path, e));
            return Optional.empty();
        }
    }

    /** The last segment of a tree path. */
    public static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The folder of a tree path, "" at the root. */
    public static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public static Collection parseEach(SourceTree tree, List<String> paths, Function<SourceText, Collection> parser) {
        Collection.Builder out = new Collection.Builder();
        for (String path : paths) {
            try {
                SourceText.Result decoded = SourceText.decode(path, tree.read(path));
                if (decoded.problem() != null) {
                    out.problem(decoded.problem());
                } else {
                    out.addAll(parser.apply(decoded.text()));
                }
            } catch (IOException | RuntimeException e) {
                out.problem(Problems.unreadable(path, e));
            }
        }
        return out.build();
    }
}
