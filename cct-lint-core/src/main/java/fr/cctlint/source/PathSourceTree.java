package fr.cctlint.source;

import fr.cctlint.model.Problem;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.model.SourceKind;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A folder on any {@link java.nio.file.FileSystem} (the default one, or jimfs in tests). Symbolic links are
 * not followed. Build output and dependency folders are skipped.
 */
public final class PathSourceTree implements SourceTree {
    /** Folders never scanned: build output, dependencies, VCS metadata. */
    public static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "node_modules", "target", "build", "dist",
            "vendor", ".gradle", ".mvn", ".idea", ".venv", "venv", "__pycache__", "bower_components");

    private final Path root;
    private final SourceInfo info;
    private final List<String> files;
    private final List<Problem> notes;

    private PathSourceTree(Path root, SourceInfo info, List<String> files, List<Problem> notes) {
        this.root = root;
        this.info = info;
        this.files = List.copyOf(files);
        this.notes = List.copyOf(notes);
    }

    /** Lists the folder's files. @throws IOException when the root is not a readable folder */
    public static PathSourceTree open(Path root, String location) throws IOException {
        Objects.requireNonNull(root, "root");
        if (!Files.isDirectory(root)) {
            throw new IOException("not a folder: " + location);
        }
        Path realRoot = root.toRealPath();
        List<String> files = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(realRoot) && SKIPPED_FOLDERS.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.add(relative(realRoot, file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                notes.add(new Problem(relative(realRoot, file), 0, 0,
                        fr.cctlint.i18n.Message.of("source.unlistable", String.valueOf(e.getMessage())), false));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        SourceInfo info = new SourceInfo(SourceKind.FOLDER, location, null, null, Map.of());
        return new PathSourceTree(realRoot, info, files, notes);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public List<String> files() {
        return files;
    }

    @Override
    public byte[] read(String path) throws IOException {
        if (!files.contains(path)) {
            throw new IOException("not a file of the scanned tree: " + path);
        }
        return Files.readAllBytes(root.resolve(path));
    }

    @Override
    public List<Problem> notes() {
        return notes;
    }

    @Override
    public void close() {
        // nothing held
    }

    /** For tests and tools: the tree's root. */
    Path root() {
        return root;
    }
}
