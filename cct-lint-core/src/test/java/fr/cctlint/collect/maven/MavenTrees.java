package fr.cctlint.collect.maven;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fr.cctlint.collect.Collection;
import fr.cctlint.model.Component;
import fr.cctlint.source.PathSourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Test trees for the Maven collector: jimfs folders from text or from test resources, read by the collector. */
final class MavenTrees {
    private MavenTrees() {
    }

    /** Runs the collector on a folder, as the scanner does: only the files it claims. */
    static Collection collect(Path root) {
        return collect(root, ManagedVersionsLoader.bundled());
    }

    /** The same, with other knowledge of managed versions (none: {@code new ManagedVersions(List.of())}). */
    static Collection collect(Path root, ManagedVersions managed) {
        try (PathSourceTree tree = PathSourceTree.open(root, root.toString())) {
            MavenCollector collector = new MavenCollector(managed);
            return collector.collect(tree, tree.files().stream().filter(collector::claims).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A jimfs folder {@code /project} holding these files (path to bytes or text). */
    static Path jimfs(Map<String, ?> files) {
        FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
        Path root = fs.getPath("/project");
        try {
            Files.createDirectories(root);
            for (Map.Entry<String, ?> e : files.entrySet()) {
                Path file = root.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Object content = e.getValue();
                Files.write(file, content instanceof byte[] b ? b : content.toString().getBytes(
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    /** A copy of a test resource folder in jimfs (so the collector is tested on jimfs, as the contract says). */
    static Path resource(String folder) {
        try {
            Path source = Path.of(MavenTrees.class.getResource(folder).toURI());
            Path root = jimfs(Map.of());
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    Path target = root.resolve(source.relativize(p).toString().replace('\\', '/'));
                    Files.createDirectories(target.getParent());
                    Files.write(target, Files.readAllBytes(p));
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The component with that purl (with or without version). */
    static Optional<Component> byPurl(Collection collection, String purl) {
        return collection.components().stream().filter(c -> purl.equals(c.purl())).findFirst();
    }

    static List<Component> byName(Collection collection, String group, String name) {
        return collection.components().stream()
                .filter(c -> name.equals(c.name()) && group.equals(c.group())).toList();
    }

    /** A minimal POM. */
    static String pom(String groupId, String artifactId, String version, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                %s
                </project>
                """.formatted(groupId, artifactId, version, body);
    }
}
