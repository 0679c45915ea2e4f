package fr.cctlint.scan;

import fr.cctlint.collect.TreeScanner;
import fr.cctlint.model.Inventory;
import fr.cctlint.sbom.SbomReader;
import fr.cctlint.source.GitSourceTree;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceException;
import fr.cctlint.source.SourceOptions;
import fr.cctlint.source.SourceTree;
import java.util.Objects;

/**
 * Turns what the user named into an inventory: an SBOM through {@link SbomReader}, a folder or a git revision
 * through a {@link SourceTree} and the collectors ({@link TreeScanner}).
 */
public final class InputReader {
    private final SbomReader sbomReader;
    private final TreeScanner treeScanner;
    private final SourceOptions sourceOptions;

    public InputReader(SbomReader sbomReader, TreeScanner treeScanner, SourceOptions sourceOptions) {
        this.sbomReader = Objects.requireNonNull(sbomReader, "sbomReader");
        this.treeScanner = Objects.requireNonNull(treeScanner, "treeScanner");
        this.sourceOptions = Objects.requireNonNull(sourceOptions, "sourceOptions");
    }

    /**
     * Reads one input. An unreadable SBOM comes back as an inventory with a fatal problem; a folder or
     * repository that cannot be opened at all (missing, not a repository, unknown revision, unreachable URL)
     * throws, since nothing of it can be judged.
     */
    public Inventory read(ScanInput input) throws SourceException {
        if (input instanceof ScanInput.Sbom sbom) {
            return sbomReader.read(sbom.file());
        }
        if (input instanceof ScanInput.Folder folder) {
            try (SourceTree tree = PathSourceTree.open(folder.root(), folder.root().toString(), sourceOptions)) {
                return treeScanner.scan(tree);
            }
        }
        ScanInput.Git git = (ScanInput.Git) input;
        try (SourceTree tree = GitSourceTree.open(git.repository(), git.revision(), sourceOptions)) {
            return treeScanner.scan(tree);
        }
    }
}
