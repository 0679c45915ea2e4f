package fr.cctlint.scan;

import fr.cctlint.cloudnative.CloudNativeChecks;
import fr.cctlint.cloudnative.CloudNativeSwitch;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.collect.TreeScanner;
import fr.cctlint.config.ConfigResult;
import fr.cctlint.config.ProjectConfig;
import fr.cctlint.config.ProjectConfigLoader;
import fr.cctlint.model.Inventory;
import fr.cctlint.referential.ReferentialSource;
import fr.cctlint.sbom.SbomReader;
import fr.cctlint.source.ChangedFiles;
import fr.cctlint.source.FilteredSourceTree;
import fr.cctlint.source.GitSourceTree;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceException;
import fr.cctlint.source.SourceOptions;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Turns what the user named into an inventory: an SBOM through {@link SbomReader}, a folder or a git revision
 * through a {@link SourceTree} and the collectors ({@link TreeScanner}). A tree's own project file
 * ({@code .cct-lint.yaml} at its root) is read from the tree, so a git revision is judged by the policy it
 * carried; its {@code exclude} globs apply before the collectors run, and, for a git revision, the referential
 * files it lists are read from the same revision ({@link RevisionReferentials}).
 */
public final class InputReader {
    private final SbomReader sbomReader;
    private final TreeScanner treeScanner;
    private final SourceOptions sourceOptions;
    private final ProjectConfigLoader configLoader;
    private final boolean discoverConfig;
    private final CloudNativeChecks cloudNativeChecks;
    private final CloudNativeSwitch cloudNativeSwitch;
    private final ProjectConfig namedConfig;

    /**
     * A reader that runs no Cloud Native check.
     *
     * @param discoverConfig read {@code .cct-lint.yaml} at the root of trees (false when the user named one)
     */
    public InputReader(SbomReader sbomReader, TreeScanner treeScanner, SourceOptions sourceOptions,
            ProjectConfigLoader configLoader, boolean discoverConfig) {
        this(sbomReader, treeScanner, sourceOptions, configLoader, discoverConfig, null, CloudNativeSwitch.OFF,
                ProjectConfig.NONE);
    }

    /**
     * @param discoverConfig    read {@code .cct-lint.yaml} at the root of trees (false when the user named one)
     * @param cloudNativeChecks the checks to run on trees where the switch is on
     * @param cloudNativeSwitch what the command line asked
     * @param namedConfig       the project file the user named ({@link ProjectConfig#NONE} when none)
     */
    public InputReader(SbomReader sbomReader, TreeScanner treeScanner, SourceOptions sourceOptions,
            ProjectConfigLoader configLoader, boolean discoverConfig, CloudNativeChecks cloudNativeChecks,
            CloudNativeSwitch cloudNativeSwitch, ProjectConfig namedConfig) {
        this.cloudNativeChecks = cloudNativeChecks;
        this.cloudNativeSwitch = Objects.requireNonNull(cloudNativeSwitch, "cloudNativeSwitch");
        this.namedConfig = Objects.requireNonNull(namedConfig, "namedConfig");
        this.sbomReader = Objects.requireNonNull(sbomReader, "sbomReader");
        this.treeScanner = Objects.requireNonNull(treeScanner, "treeScanner");
        this.sourceOptions = Objects.requireNonNull(sourceOptions, "sourceOptions");
        this.configLoader = Objects.requireNonNull(configLoader, "configLoader");
        this.discoverConfig = discoverConfig;
    }

    /**
     * What one input gave.
     *
     * @param inventory the components and problems
     * @param changed   for a git input read {@code since} a revision, the files changed since; else null
     * @param config    the project file found at the root of a tree; null when none was looked for or found
     * @param cloudNative the Cloud Native checks' results; empty for an SBOM (no files to check); null when the
     *                    checks were not asked for
     * @param referentials for a git input whose project file lists {@code referentials}, those files read from the
     *                     same revision (or the problem that kept each from being read); empty otherwise
     */
    public record Read(Inventory inventory, ChangedFiles changed, ConfigResult config, List<CheckResult> cloudNative,
            List<ReferentialSource> referentials) {
        public Read {
            referentials = referentials == null ? List.of() : List.copyOf(referentials);
        }

        public Read(Inventory inventory, ChangedFiles changed, ConfigResult config, List<CheckResult> cloudNative) {
            this(inventory, changed, config, cloudNative, List.of());
        }

        public Read(Inventory inventory, ChangedFiles changed, ConfigResult config) {
            this(inventory, changed, config, null);
        }
    }

    /**
     * Reads one input. An unreadable SBOM comes back as an inventory with a fatal problem; a folder or
     * repository that cannot be opened at all (missing, not a repository, unknown revision, unreachable URL)
     * throws, since nothing of it can be judged.
     */
    public Read read(ScanInput input) throws SourceException {
        if (input instanceof ScanInput.Sbom sbom) {
            return new Read(sbomReader.read(sbom.file()), null, null, cloudNativeOn(null) ? List.of() : null);
        }
        if (input instanceof ScanInput.Folder folder) {
            try (SourceTree tree = PathSourceTree.open(folder.root(), folder.root().toString(), sourceOptions)) {
                return scan(tree, null, null);
            }
        }
        ScanInput.Git git = (ScanInput.Git) input;
        try (GitSourceTree tree = GitSourceTree.open(git.repository(), git.revision(), sourceOptions)) {
            return scan(tree, git.since() == null ? null : tree.changedSince(git.since()), git.revision());
        }
    }

    /** @param revision the git revision the tree is, null for a folder (its referentials are read from disk) */
    private Read scan(SourceTree tree, ChangedFiles changed, String revision) throws SourceException {
        ConfigResult config = discoverConfig ? projectFile(tree) : null;
        List<ReferentialSource> referentials = config == null || revision == null ? List.of()
                : new RevisionReferentials(configLoader).read(tree, revision, config.config());
        SourceTree scanned = config == null ? tree
                : FilteredSourceTree.excluding(tree, config.config().exclude());
        Inventory inventory = treeScanner.scan(scanned);
        List<CheckResult> checks = cloudNativeOn(config) ? cloudNativeChecks.run(scanned, inventory) : null;
        return new Read(inventory, changed, config, checks, referentials);
    }

    /** Whether the Cloud Native requirements are checked, given the project file found in the tree (or null). */
    private boolean cloudNativeOn(ConfigResult found) {
        return cloudNativeChecks != null
                && cloudNativeSwitch.on(found != null ? found.config() : namedConfig);
    }

    private ConfigResult projectFile(SourceTree tree) {
        if (!tree.files().contains(ProjectConfig.FILE_NAME)) {
            return null;
        }
        try {
            return configLoader.load(ProjectConfig.FILE_NAME, tree.read(ProjectConfig.FILE_NAME));
        } catch (IOException e) {
            return new ConfigResult(ProjectConfig.NONE,
                    java.util.List.of(fr.cctlint.collect.Problems.unreadable(ProjectConfig.FILE_NAME, e)));
        }
    }
}
