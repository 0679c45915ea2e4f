package fr.cctlint.collect;

import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The loop every file-by-file collector shares: read each claimed file through the tree, decode it as UTF-8,
 * parse it; a file that cannot be read or decoded, or whose parser fails unexpectedly, becomes a problem at that
 * file and the next file is read.
 */
public final class SourceFiles {
    private SourceFiles() {
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
