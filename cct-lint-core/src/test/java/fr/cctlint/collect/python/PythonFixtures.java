package fr.cctlint.collect.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.model.Component;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Runs a collector the way the tree scanner does, on a test resource folder or on files written to jimfs. */
final class PythonFixtures {
    private PythonFixtures() {
    }

    static Collection collectResource(Collector collector, String folder) {
        try {
            Path root = Path.of(PythonFixtures.class.getResource("/collect/" + folder).toURI());
            try (SourceTree tree = PathSourceTree.open(root, folder)) {
                return run(collector, tree);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes files (path -> bytes) under /project of a new jimfs, and collects. */
    static Collection collectFiles(Collector collector, Map<String, byte[]> files) {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = fs.getPath("/project");
            Files.createDirectories(root);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = root.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            try (SourceTree tree = PathSourceTree.open(root, "project")) {
                return run(collector, tree);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Collection run(Collector collector, SourceTree tree) {
        List<String> claimed = tree.files().stream().filter(collector::claims).toList();
        return collector.collect(tree, claimed);
    }

    /** The component with this id (a purl, or file#line:name). */
    static Component byId(Collection c, String id) {
        Component found = c.components().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        assertNotNull(found, () -> id + " not among " + c.components().stream().map(Component::id).toList());
        return found;
    }

    static void assertIds(Collection c, String... ids) {
        assertEquals(List.of(ids).stream().sorted().toList(),
                c.components().stream().map(Component::id).sorted().toList());
    }

    static String problems(Collection c) {
        return c.problems().stream().map(p -> p.file() + ":" + p.line() + " " + p.message().key() + p.message().args())
                .collect(Collectors.joining("\n"));
    }
}
