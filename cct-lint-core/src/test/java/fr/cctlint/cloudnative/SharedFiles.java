package fr.cctlint.cloudnative;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the published requirements table ({@code cct.shared}) and the repository ({@code cct.root}). */
final class SharedFiles {
    private SharedFiles() {
    }

    /** The published Cloud Native requirements table; skips the test when absent. */
    static Path requirementsTable() {
        String shared = System.getProperty("cct.shared");
        Path table = shared == null ? null : Path.of(shared, "cct", "exigences-cloud-native.md");
        assumeTrue(table != null && Files.isRegularFile(table),
                "the published CCT requirements table (cct.shared/cct/exigences-cloud-native.md) is not available here");
        return table;
    }

    /** The repository root; skips the test when unknown. */
    static Path root() {
        String root = System.getProperty("cct.root");
        assumeTrue(root != null && Files.isDirectory(Path.of(root, "rules")), "cct.root is not set");
        return Path.of(root);
    }
}
