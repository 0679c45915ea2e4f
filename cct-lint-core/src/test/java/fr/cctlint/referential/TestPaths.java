package fr.cctlint.referential;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the CCT tables ({@code cct.shared}) and the repository ({@code cct.root}). */
final class TestPaths {
    private TestPaths() {
    }

    /** The folder of the published CCT files; skips the test when absent. */
    static Path cctFolder() {
        String shared = System.getProperty("cct.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "cct")),
                "the CCT tables (cct.shared/cct) are not available here");
        return Path.of(shared, "cct");
    }

    /** The repository root; skips the test when unknown. */
    static Path root() {
        String root = System.getProperty("cct.root");
        assumeTrue(root != null && Files.isDirectory(Path.of(root, "rules")), "cct.root is not set");
        return Path.of(root);
    }
}
