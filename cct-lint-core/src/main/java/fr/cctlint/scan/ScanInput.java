package fr.cctlint.scan;

import java.nio.file.Path;
import java.util.Objects;

/** One thing to scan, as the user named it. */
public sealed interface ScanInput {

    /** A bill of materials: CycloneDX (JSON, XML) or SPDX JSON. */
    record Sbom(Path file) implements ScanInput {
        public Sbom {
            Objects.requireNonNull(file, "file");
        }
    }

    /** A project folder. */
    record Folder(Path root) implements ScanInput {
        public Folder {
            Objects.requireNonNull(root, "root");
        }
    }

    /**
     * A git repository (local path or remote URL) at a revision; {@code since}, when not null, names the
     * earlier revision whose changes alone are reported.
     */
    record Git(String repository, String revision, String since) implements ScanInput {
        public Git {
            Objects.requireNonNull(repository, "repository");
            Objects.requireNonNull(revision, "revision");
        }
    }
}
