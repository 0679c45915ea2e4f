package fr.cctlint.scan;

import fr.cctlint.source.RelativePaths;
import fr.cctlint.config.ProjectConfig;
import fr.cctlint.config.ProjectConfigLoader;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import fr.cctlint.referential.ReferentialSource;
import fr.cctlint.source.SkippedFileException;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The referential files a git revision's project file lists ({@code referentials:}), read from the same
 * revision's tree, so the revision is judged with the referential it carried. Paths are relative to the tree's
 * root (where the project file is); one that leads out of it ({@code ../x.yaml}, {@code /etc/x.yaml}) is refused at
 * its line of the project file, and one the tree does not hold is a problem at {@code REV:path}, like a missing
 * file on disk. Problems travel in the sources, so they are reported with the referential's own problems.
 */
final class RevisionReferentials {
    private final ProjectConfigLoader configLoader;

    RevisionReferentials(ProjectConfigLoader configLoader) {
        this.configLoader = configLoader;
    }

    /** One source per entry of {@code config.referentials()}, in order; labels are {@code revision:path}. */
    List<ReferentialSource> read(SourceTree tree, String revision, ProjectConfig config) {
        List<ReferentialSource> sources = new ArrayList<>();
        for (String entry : config.referentials()) {
            String path = RelativePaths.resolve("", entry);
            if (path == null) {
                sources.add(ReferentialSource.unreadable(revision + ":" + entry, new Problem(ProjectConfig.FILE_NAME,
                        line(tree, entry), 0, Message.of("referential.load.outsideRevision", entry), true)));
            } else {
                sources.add(read(tree, revision + ":" + path, path));
            }
        }
        return List.copyOf(sources);
    }

    private static ReferentialSource read(SourceTree tree, String label, String path) {
        if (!tree.files().contains(path)) {
            return ReferentialSource.unreadable(label, new Problem(label, 0, 0,
                    Message.of("referential.load.notInRevision", path), true));
        }
        try {
            return ReferentialSource.of(label, tree.read(path));
        } catch (SkippedFileException e) {
            return ReferentialSource.unreadable(label, new Problem(label, 0, 0, e.message(), true));
        } catch (IOException e) {
            return ReferentialSource.unreadable(label, new Problem(label, 0, 0,
                    Message.of("referential.load.unreadable", String.valueOf(e.getMessage())), true));
        }
    }

    /** The entry's line in the project file, 0 when it cannot be told. */
    private int line(SourceTree tree, String entry) {
        try {
            return configLoader.referentialLine(tree.read(ProjectConfig.FILE_NAME), entry);
        } catch (IOException e) {
            return 0;
        }
    }
}
