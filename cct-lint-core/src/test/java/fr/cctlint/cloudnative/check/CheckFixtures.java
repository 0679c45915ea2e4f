package fr.cctlint.cloudnative.check;

import fr.cctlint.collect.CollectorRegistry;
import fr.cctlint.collect.TreeScanner;
import fr.cctlint.model.Inventory;
import fr.cctlint.source.PathSourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs a check the way a scan does: the files are written to a folder, read through {@link PathSourceTree},
 * collected by the standard collectors, and the check gets the tree and the inventory.
 */
public final class CheckFixtures {
    private CheckFixtures() {
    }

    /** Writes {@code files} (path to UTF-8 content) under {@code root} and runs {@code check} on them. */
    public static CheckResult run(RequirementCheck check, Path root, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            return run(check, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code check} on an existing folder (a fixture under src/test/resources, an example). */
    public static CheckResult run(RequirementCheck check, Path root) {
        try (PathSourceTree tree = PathSourceTree.open(root, root.getFileName().toString())) {
            Inventory inventory = new TreeScanner(CollectorRegistry.standard()).scan(tree);
            return check.check(new CheckContext(tree, tree.files(), inventory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
