package fr.cctlint.cli;

import fr.cctlint.cloudnative.CloudNativeChecks;
import fr.cctlint.cloudnative.CloudNativeSwitch;
import fr.cctlint.cloudnative.RequirementsLoader;
import fr.cctlint.cloudnative.check.CheckRegistry;
import fr.cctlint.config.ConfigResult;
import fr.cctlint.config.ProjectConfig;
import fr.cctlint.classify.BackingServicesLoader;
import fr.cctlint.classify.KnowledgeBaseLoader;
import fr.cctlint.collect.CollectorRegistry;
import fr.cctlint.collect.Progress;
import fr.cctlint.collect.TreeScanner;
import fr.cctlint.config.ProjectConfigLoader;
import fr.cctlint.policy.PolicyOptions;
import fr.cctlint.referential.Referential;
import fr.cctlint.report.ToolVersion;
import fr.cctlint.sbom.SbomReader;
import fr.cctlint.scan.InputReader;
import fr.cctlint.scan.Scanner;
import fr.cctlint.source.SourceOptions;
import java.time.Clock;

/** The core pipeline as the commands use it: one place that wires readers, collectors and knowledge. */
final class Pipelines {
    private Pipelines() {
    }

    static InputReader reader(boolean validateSboms, SourceOptions sourceOptions, boolean discoverConfig) {
        return reader(validateSboms, sourceOptions, discoverConfig, Progress.NONE);
    }

    static InputReader reader(boolean validateSboms, SourceOptions sourceOptions, boolean discoverConfig,
            Progress progress) {
        return new InputReader(new SbomReader(SbomReader.Options.defaults().withValidate(validateSboms)),
                new TreeScanner(CollectorRegistry.standard(), progress), sourceOptions, new ProjectConfigLoader(),
                discoverConfig);
    }

    /**
     * The reader of a scan: the project file is the one the user named ({@code named}, null when none: then the
     * one at the root of each tree), and the Cloud Native checks run where the switch is on.
     */
    static InputReader reader(boolean validateSboms, SourceOptions sourceOptions, ConfigResult named,
            Progress progress, CloudNativeSwitch cloudNative) {
        return new InputReader(new SbomReader(SbomReader.Options.defaults().withValidate(validateSboms)),
                new TreeScanner(CollectorRegistry.standard(), progress), sourceOptions, new ProjectConfigLoader(),
                named == null, new CloudNativeChecks(CheckRegistry.standard()), cloudNative,
                named == null ? ProjectConfig.NONE : named.config());
    }

    static Scanner scanner(Referential referential, PolicyOptions policy, Clock clock) {
        return new Scanner(ToolVersion.current(), referential, KnowledgeBaseLoader.bundled(),
                BackingServicesLoader.bundled(), RequirementsLoader.bundled(), policy, clock);
    }
}
