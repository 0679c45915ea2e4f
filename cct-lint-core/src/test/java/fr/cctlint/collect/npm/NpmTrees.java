package fr.cctlint.collect.npm;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fr.cctlint.collect.Collection;
import fr.cctlint.model.Component;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/** Runs the npm collector on fixture folders and on jimfs trees written by a test. */
final class NpmTrees {
    private NpmTrees() {
    }

    /** The test resource folder {@code collect/npm/<name>}. */
    static Path fixture(String name) {
        try {
            return Path.of(NpmTrees.class.getResource("/collect/npm/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Collection collect(Path root) {
        try (SourceTree tree = PathSourceTree.open(root, root.toString())) {
            NpmCollector collector = new NpmCollector();
            return collector.collect(tree, tree.files().stream().filter(collector::claims).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the files (path to text, or to bytes) into a jimfs folder and collects them. */
    static Collection collect(Map<String, ?> files) {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = fs.getPath("/project");
            Files.createDirectories(root);
            for (Map.Entry<String, ?> f : new TreeMap<>(files).entrySet()) {
                Path p = root.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                if (f.getValue() instanceof byte[] bytes) {
                    Files.write(p, bytes);
                } else {
                    Files.writeString(p, (String) f.getValue());
                }
            }
            return collect(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The component with that purl. */
    static Component byPurl(Collection c, String purl) {
        return c.components().stream().filter(x -> purl.equals(x.purl())).findFirst()
                .orElseThrow(() -> new NoSuchElementException(purl + " not in " + c.components().stream()
                        .map(Component::id).toList()));
    }

    /** The 1-based line of the first line of a file containing the text. */
    static int lineOf(Path file, String text) {
        try {
            var lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
            throw new NoSuchElementException(text + " not in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
