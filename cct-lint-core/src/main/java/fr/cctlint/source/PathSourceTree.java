package fr.cctlint.source;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.model.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A folder on any {@link java.nio.file.FileSystem} (the default one, or jimfs in tests).
 *
 * <p>Listing walks names only: build output, dependency and vendored folders ({@link #SKIPPED_FOLDERS}), the
 * exclude globs and, inside a git work tree, what its {@code .gitignore} files ignore are left out. Symbolic links
 * are never walked into: a link to a regular file inside the root is listed (and read from its target), a link to
 * anything outside the root is left out with a note, a link to a folder, a dangling link or a loop is left out.
 * No file is opened while listing (except {@code .gitignore} files), so the binary sniff and the size limit apply
 * when a file is {@linkplain #read(String) read}: see {@link SkippedFileException}.
 */
public final class PathSourceTree implements SourceTree {
    /** Folders never scanned: build output, dependencies, vendored code, VCS and tool metadata. */
    public static final Set<String> SKIPPED_FOLDERS = PathRules.SKIPPED_FOLDERS;

    private final Path root;
    private final SourceInfo info;
    private final List<String> files;
    private final List<Problem> notes;
    private final long maxFileBytes;

    private PathSourceTree(Path root, SourceInfo info, List<String> files, List<Problem> notes, long maxFileBytes) {
        this.root = root;
        this.info = info;
        this.files = List.copyOf(files);
        this.notes = List.copyOf(notes);
        this.maxFileBytes = maxFileBytes;
    }

    /** Lists the folder with the {@linkplain SourceOptions#defaults() default options}. */
    public static PathSourceTree open(Path root, String location) throws IOException {
        return open(root, location, SourceOptions.defaults());
    }

    /**
     * Lists the folder.
     *
     * @param root     the folder
     * @param location the folder as the user named it, for reports and messages
     * @throws SourceException when the folder does not exist, is a file, cannot be listed, or an exclude glob is
     *                         invalid
     */
    public static PathSourceTree open(Path root, String location, SourceOptions options) throws SourceException {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(options, "options");
        if (!Files.exists(root)) {
            throw new SourceException(Message.of("source.folderNotFound", location));
        }
        if (!Files.isDirectory(root)) {
            throw new SourceException(Message.of("source.notFolder", location));
        }
        PathRules rules = PathRules.of(options.excludes());
        try {
            Path realRoot = root.toRealPath();
            GitIgnores ignores = options.respectGitignore() ? gitIgnores(realRoot) : null;
            Walker walker = new Walker(realRoot, rules, ignores);
            Files.walkFileTree(realRoot, walker);
            walker.files.sort(null);
            walker.notes.sort(Comparator.comparing(Problem::file).thenComparing(p -> p.message().key()));
            SourceInfo info = new SourceInfo(SourceKind.FOLDER, location, null, null, Map.of());
            return new PathSourceTree(realRoot, info, walker.files, walker.notes, options.maxFileBytes());
        } catch (IOException e) {
            throw new SourceException(Message.of("source.folderUnreadable", location, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * The {@code .gitignore} rules when the root is in a git work tree, else null. When the root is a folder inside
     * a work tree (not its top), only the {@code .gitignore} files under the root are read: nothing outside the root
     * is ever read (parent folders are only checked for a {@code .git} entry).
     */
    private static GitIgnores gitIgnores(Path realRoot) throws IOException {
        if (Files.exists(realRoot.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            return GitIgnores.forWorkTree(realRoot);
        }
        for (Path dir = realRoot.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return GitIgnores.insideWorkTree();
            }
        }
        return null;
    }

    private static final class Walker extends SimpleFileVisitor<Path> {
        private final Path root;
        private final String separator;
        private final PathRules rules;
        private final GitIgnores ignores;
        final List<String> files = new ArrayList<>();
        final List<Problem> notes = new ArrayList<>();

        Walker(Path root, PathRules rules, GitIgnores ignores) {
            this.root = root;
            this.separator = root.getFileSystem().getSeparator();
            this.rules = rules;
            this.ignores = ignores;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String rel = "";
            if (!dir.equals(root)) {
                rel = relative(dir);
                if (rules.skipsFolder(dir.getFileName().toString(), rel) || ignores != null && ignores.ignored(rel, true)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            if (ignores != null) {
                try {
                    ignores.enter(dir, rel);
                } catch (IOException e) {
                    note(rel.isEmpty() ? ".gitignore" : rel + "/.gitignore",
                            Message.of("source.unlistable", String.valueOf(e.getMessage())));
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (ignores != null) {
                ignores.leave();
            }
            if (e != null) {
                note(dir.equals(root) ? "." : relative(dir), Message.of("source.unlistable", String.valueOf(e.getMessage())));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String rel = relative(file);
            if (rules.skipsFile(file.getFileName().toString(), rel) || ignores != null && ignores.ignored(rel, false)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
                files.add(rel);
            } else if (attrs.isSymbolicLink()) {
                link(file, rel);
            }
            return FileVisitResult.CONTINUE;
        }

        private void link(Path link, String rel) {
            Path target;
            try {
                target = link.toRealPath();
            } catch (IOException e) {
                return; // dangling, or a loop of links: nothing to read
            }
            if (!target.startsWith(root)) {
                note(rel, Message.of("source.symlinkOutside"));
            } else if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                files.add(rel);
            }
            // a link to a folder inside the root: that folder is walked under its own name
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            note(relative(file), Message.of("source.unlistable", String.valueOf(e.getMessage())));
            return FileVisitResult.CONTINUE;
        }

        private void note(String path, Message message) {
            notes.add(new Problem(path, 0, 0, message, false));
        }

        private String relative(Path path) {
            String rel = root.relativize(path).toString();
            return "/".equals(separator) ? rel : rel.replace(separator, "/");
        }
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public List<String> files() {
        return files;
    }

    /**
     * The bytes of a listed file, read through its real path, which must still be inside the root.
     *
     * @throws SkippedFileException when the file is not listed, binary, over the size limit, or a link that now
     *                              leads out of the root
     * @throws IOException          when it cannot be read
     */
    @Override
    public byte[] read(String path) throws IOException {
        if (Collections.binarySearch(files, path) < 0) {
            throw new SkippedFileException(Message.of("source.notListed", path));
        }
        Path real = root.resolve(path).toRealPath();
        if (!real.startsWith(root)) {
            throw new SkippedFileException(Message.of("source.symlinkOutside"));
        }
        BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.size() > maxFileBytes) {
            throw FileContents.tooLarge(attrs.size(), maxFileBytes, false);
        }
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            return FileContents.read(in, maxFileBytes);
        }
    }

    @Override
    public List<Problem> notes() {
        return notes;
    }

    @Override
    public void close() {
        // nothing held
    }

    /** For tests and tools: the tree's real root. */
    Path root() {
        return root;
    }
}
