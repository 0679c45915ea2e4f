package fr.cctlint.collect.compose;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fr.cctlint.model.Component;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Source trees for collector tests: fixture folders of the test resources, and jimfs trees from text. */
public final class Trees {
    private Trees() {
    }

    /** A fixture folder under {@code src/test/resources}. */
    public static SourceTree resource(String folder) throws IOException {
        try {
            Path root = Path.of(Objects.requireNonNull(Trees.class.getResource(folder), folder).toURI());
            return PathSourceTree.open(root, folder);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** A jimfs tree holding these files (path to bytes or text). */
    public static SourceTree of(Map<String, ?> files) throws IOException {
        FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
        Path root = fs.getPath("/project");
        Files.createDirectories(root);
        for (Map.Entry<String, ?> e : files.entrySet()) {
            Path file = root.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            if (e.getValue() instanceof byte[] bytes) {
                Files.write(file, bytes);
            } else {
                Files.writeString(file, e.getValue().toString());
            }
        }
        return PathSourceTree.open(root, "project");
    }

    /** The claimed files of a tree. */
    public static List<String> claimed(SourceTree tree, fr.cctlint.collect.Collector collector) {
        return tree.files().stream().filter(collector::claims).toList();
    }

    /** The component whose name is given; fails when there is none. */
    public static Component named(List<Component> components, String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no component " + name + " in "
                        + components.stream().map(Component::name).toList()));
    }
}
