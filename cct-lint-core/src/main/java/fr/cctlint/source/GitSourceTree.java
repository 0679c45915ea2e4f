package fr.cctlint.source;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.model.SourceKind;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FileUtils;

/**
 * A git repository at a revision, read from its object store: nothing is checked out, no hook, filter or
 * attribute of the repository is applied, only committed files exist (so {@code .gitignore} plays no part).
 *
 * <p>The same folders are skipped and the same exclude globs apply as for a {@link PathSourceTree}. A symbolic
 * link (mode 120000) is resolved inside the tree: a link to a committed regular file is listed and read from that
 * file's blob, a link that climbs out of the tree is left out with a note, others are left out. Submodules
 * (gitlinks) are left out with a note. The binary sniff and the size limit apply when a file is read.
 *
 * <p>A remote URL is cloned (bare, no checkout) into a temporary folder that {@link #close()} removes: shallow
 * (depth 1) for a branch, a tag or {@code HEAD}, complete for a commit id. URLs are shown without credentials.
 */
public final class GitSourceTree implements SourceTree {
    /** Network timeout of a remote listing or clone, in seconds. */
    static final int TIMEOUT_SECONDS = 120;
    private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-fA-F]{4,40}");
    private static final int MAX_LINK_HOPS = 40;
    private static final int MAX_LINK_BYTES = 4096;

    private final Repository repository;
    private final Path cloneFolder;
    private final SourceInfo info;
    private final Map<String, ObjectId> blobs;
    private final List<String> files;
    private final List<Problem> notes;
    private final long maxFileBytes;

    private GitSourceTree(Repository repository, Path cloneFolder, SourceInfo info, Map<String, ObjectId> blobs,
            List<Problem> notes, long maxFileBytes) {
        this.repository = repository;
        this.cloneFolder = cloneFolder;
        this.info = info;
        this.blobs = Map.copyOf(blobs);
        this.files = blobs.keySet().stream().sorted().toList();
        this.notes = List.copyOf(notes);
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Opens a repository at a revision.
     *
     * @param pathOrUrl a local repository (work tree or bare), or a remote URL (https, http, ssh, git, file, or
     *                  {@code user@host:path})
     * @param rev       a branch, a tag, a commit id (full or abbreviated), or {@code HEAD}; null or blank means
     *                  {@code HEAD}
     * @throws SourceException when the path is not a repository, the revision is unknown, the URL is invalid or
     *                         cannot be fetched, or an exclude glob is invalid
     */
    public static GitSourceTree open(String pathOrUrl, String rev, SourceOptions options) throws SourceException {
        Objects.requireNonNull(pathOrUrl, "pathOrUrl");
        Objects.requireNonNull(options, "options");
        String ref = rev == null || rev.isBlank() ? Constants.HEAD : rev.strip();
        PathRules rules = PathRules.of(options.excludes());
        return GitLocations.isRemote(pathOrUrl)
                ? openRemote(pathOrUrl, ref, rules, options)
                : openLocal(pathOrUrl, ref, rules, options);
    }

    private static GitSourceTree openLocal(String location, String ref, PathRules rules, SourceOptions options)
            throws SourceException {
        Path dir;
        try {
            dir = Path.of(location);
        } catch (InvalidPathException e) {
            throw new SourceException(Message.of("source.notRepository", location), e);
        }
        if (!Files.exists(dir)) {
            throw new SourceException(Message.of("source.folderNotFound", location));
        }
        if (!Files.isDirectory(dir)) {
            throw new SourceException(Message.of("source.notRepository", location));
        }
        File folder = dir.toFile();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        if (new File(folder, Constants.DOT_GIT).exists()) {
            builder.setWorkTree(folder);
        } else {
            builder.setGitDir(folder);
        }
        Repository repository;
        try {
            repository = builder.build();
        } catch (RepositoryNotFoundException | IllegalArgumentException e) {
            throw new SourceException(Message.of("source.notRepository", location), e);
        } catch (IOException e) {
            throw new SourceException(Message.of("source.repositoryUnreadable", location, String.valueOf(e.getMessage())), e);
        }
        try {
            return atRevision(repository, null, location, location, ref, ref, rules, options);
        } catch (SourceException | RuntimeException e) {
            repository.close();
            throw e;
        }
    }

    private static GitSourceTree openRemote(String url, String ref, PathRules rules, SourceOptions options)
            throws SourceException {
        String shown = GitLocations.withoutCredentials(url);
        URIish uri = GitLocations.parseRemote(url);
        if (uri == null) {
            throw new SourceException(Message.of("source.invalidUrl", shown));
        }
        if (uri.getScheme() == null || "ssh".equalsIgnoreCase(uri.getScheme())) {
            if (SshSessionFactory.getInstance() == null) {
                throw new SourceException(Message.of("source.sshUnavailable", shown));
            }
        }
        Map<String, Ref> refs;
        try {
            refs = Git.lsRemoteRepository().setRemote(url).setTimeout(TIMEOUT_SECONDS).callAsMap();
        } catch (GitAPIException | RuntimeException e) {
            throw unreachable(url, shown, e);
        }
        String refName = remoteRef(refs, ref);
        boolean commitId = refName == null && COMMIT_ID.matcher(ref).matches();
        if (refName == null && !commitId) {
            throw new SourceException(Message.of("source.unknownRevision", shown, ref));
        }
        Path folder;
        try {
            folder = Files.createTempDirectory("cct-lint-clone-");
        } catch (IOException e) {
            throw new SourceException(Message.of("source.cloneFolder", String.valueOf(e.getMessage())), e);
        }
        Repository repository = null;
        try {
            CloneCommand clone = Git.cloneRepository().setURI(url).setDirectory(folder.toFile()).setBare(true)
                    .setNoCheckout(true).setCloneSubmodules(false).setTimeout(TIMEOUT_SECONDS);
            String resolvable = ref;
            if (!commitId) {
                clone.setDepth(1);
                if (!Constants.HEAD.equals(refName)) {
                    clone.setBranchesToClone(List.of(refName)).setBranch(refName).setNoTags();
                }
                Ref advertised = refs.get(refName);
                ObjectId id = advertised.getPeeledObjectId() != null ? advertised.getPeeledObjectId()
                        : advertised.getObjectId();
                resolvable = id == null ? refName : id.name();
            } else {
                clone.setCloneAllBranches(true);
            }
            try {
                repository = clone.call().getRepository();
            } catch (GitAPIException | RuntimeException e) {
                throw unreachable(url, shown, e);
            }
            return atRevision(repository, folder, shown, shown, ref, resolvable, rules, options);
        } catch (SourceException | RuntimeException e) {
            if (repository != null) {
                repository.close();
            }
            delete(folder);
            throw e;
        }
    }

    /** The advertised ref a revision names: {@code HEAD}, a full ref name, a branch, then a tag; else null. */
    static String remoteRef(Map<String, Ref> refs, String ref) {
        for (String candidate : List.of(ref, Constants.R_HEADS + ref, Constants.R_TAGS + ref)) {
            if (refs.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static SourceException unreachable(String url, String shown, Exception e) {
        String detail = e.getMessage();
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                detail = cause.getMessage();
            }
        }
        // the cause chain is not kept: its messages may quote the URL with its credentials
        return new SourceException(Message.of("source.unreachable", shown, GitLocations.scrub(detail, url)));
    }

    private static GitSourceTree atRevision(Repository repository, Path cloneFolder, String location, String shownRepo,
            String ref, String resolvable, PathRules rules, SourceOptions options) throws SourceException {
        RevCommit commit = resolve(repository, location, ref, resolvable);
        Map<String, ObjectId> blobs = new HashMap<>();
        List<Problem> notes = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader()) {
            list(reader, commit, rules, blobs, notes);
        } catch (IOException e) {
            throw new SourceException(Message.of("source.repositoryUnreadable", location, String.valueOf(e.getMessage())), e);
        }
        notes.sort(Comparator.comparing(Problem::file).thenComparing(p -> p.message().key()));
        PersonIdent committer = commit.getCommitterIdent();
        Map<String, String> details = new LinkedHashMap<>();
        details.put(SourceInfo.COMMIT, commit.getId().name());
        details.put(SourceInfo.REF, ref);
        details.put(SourceInfo.REPOSITORY, shownRepo);
        details.put(SourceInfo.COMMIT_DATE, DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(committer.getWhenAsInstant().atOffset(committer.getZoneOffset())));
        SourceInfo info = new SourceInfo(SourceKind.GIT, location, null, null, details);
        return new GitSourceTree(repository, cloneFolder, info, blobs, notes, options.maxFileBytes());
    }

    private static RevCommit resolve(Repository repository, String location, String ref, String resolvable)
            throws SourceException {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = repository.resolve(resolvable + "^{commit}");
            if (id == null) {
                throw new SourceException(Message.of("source.unknownRevision", location, ref));
            }
            return walk.parseCommit(id);
        } catch (SourceException e) {
            throw e;
        } catch (AmbiguousObjectException e) {
            throw new SourceException(Message.of("source.ambiguousRevision", location, ref), e);
        } catch (RevisionSyntaxException | IncorrectObjectTypeException | MissingObjectException e) {
            throw new SourceException(Message.of("source.unknownRevision", location, ref), e);
        } catch (IOException e) {
            throw new SourceException(Message.of("source.repositoryUnreadable", location, String.valueOf(e.getMessage())), e);
        }
    }

    private static void list(ObjectReader reader, RevCommit commit, PathRules rules, Map<String, ObjectId> blobs,
            List<Problem> notes) throws IOException {
        Map<String, ObjectId> links = new TreeMap<>();
        try (TreeWalk walk = new TreeWalk(null, reader)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(false);
            while (walk.next()) {
                String path = walk.getPathString();
                String name = walk.getNameString();
                int mode = walk.getRawMode(0);
                if (walk.isSubtree()) {
                    if (!rules.skipsFolder(name, path)) {
                        walk.enterSubtree();
                    }
                } else if (rules.skipsFile(name, path)) {
                    continue;
                } else if (FileMode.GITLINK.equals(mode)) {
                    notes.add(new Problem(path, 0, 0, Message.of("source.submodule", walk.getObjectId(0).name()), false));
                } else if (FileMode.SYMLINK.equals(mode)) {
                    links.put(path, walk.getObjectId(0));
                } else if (FileMode.REGULAR_FILE.equals(mode) || FileMode.EXECUTABLE_FILE.equals(mode)) {
                    blobs.put(path, walk.getObjectId(0));
                }
            }
        }
        Map<String, ObjectId> resolved = new HashMap<>();
        for (Map.Entry<String, ObjectId> link : links.entrySet()) {
            String target = followLink(reader, link.getKey(), link.getValue(), blobs, links);
            if (target == null) {
                notes.add(new Problem(link.getKey(), 0, 0, Message.of("source.symlinkOutside"), false));
            } else if (blobs.containsKey(target)) {
                resolved.put(link.getKey(), blobs.get(target));
            }
            // else: a link to a folder, to nothing, or a loop: nothing to read
        }
        blobs.putAll(resolved);
    }

    /**
     * Follows a link (and links it leads to) inside the tree. Returns the tree path it leads to ({@code ""} when
     * it leads nowhere readable), or null when it leads out of the tree.
     */
    private static String followLink(ObjectReader reader, String link, ObjectId blob, Map<String, ObjectId> blobs,
            Map<String, ObjectId> links) throws IOException {
        String current = link;
        ObjectId id = blob;
        for (int hop = 0; hop < MAX_LINK_HOPS; hop++) {
            ObjectLoader loader = reader.open(id, Constants.OBJ_BLOB);
            if (loader.getSize() > MAX_LINK_BYTES) {
                return "";
            }
            String target = new String(loader.getBytes(), StandardCharsets.UTF_8);
            String path = RelativePaths.resolve(parent(current), target);
            if (path == null) {
                return null;
            }
            if (blobs.containsKey(path)) {
                return path;
            }
            id = links.get(path);
            if (id == null) {
                return "";
            }
            current = path;
        }
        return ""; // a loop of links
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
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
     * The bytes of a listed file, from the object store (a link is read from the file it leads to).
     *
     * @throws SkippedFileException when the file is not listed, binary or over the size limit
     * @throws IOException          when the object cannot be read
     */
    @Override
    public byte[] read(String path) throws IOException {
        ObjectId id = blobs.get(path);
        if (id == null) {
            throw new SkippedFileException(Message.of("source.notListed", path));
        }
        try (ObjectReader reader = repository.newObjectReader()) {
            ObjectLoader loader = reader.open(id, Constants.OBJ_BLOB);
            if (loader.getSize() > maxFileBytes) {
                throw FileContents.tooLarge(loader.getSize(), maxFileBytes, false);
            }
            if (loader.isLarge()) {
                try (InputStream in = loader.openStream()) {
                    return FileContents.read(in, maxFileBytes);
                }
            }
            return FileContents.checkText(loader.getBytes());
        }
    }

    @Override
    public List<Problem> notes() {
        return notes;
    }

    /** Closes the repository and removes the temporary clone, if any. */
    @Override
    public void close() {
        repository.close();
        if (cloneFolder != null) {
            delete(cloneFolder);
        }
    }

    /**
     * The files that differ between a revision to compare with ({@code --since}) and the scanned revision, for
     * reporting only what changed (see {@link ChangedFiles} for what counts as a change). In the temporary shallow
     * clone of a remote, a revision that is missing is fetched from the remote first (see {@code SinceRevision}).
     *
     * @param since a branch, a tag, a commit id (full or abbreviated), or an expression git understands
     *              ({@code HEAD~3}, {@code main^})
     * @throws SourceException when the revision is unknown, ambiguous, cannot be fetched, or the repository cannot
     *                         be read; its message names the repository and the revision
     */
    public ChangedFiles changedSince(String since) throws SourceException {
        Objects.requireNonNull(since, "since");
        String rev = since.strip();
        if (rev.isEmpty()) {
            throw new SourceException(Message.of("newonly.since.unknown", info.location(), since));
        }
        RevCommit base = new SinceRevision(repository, info.location(), rev).resolve(cloneFolder != null);
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit scanned = walk.parseCommit(ObjectId.fromString(info.details().get(SourceInfo.COMMIT)));
            return ChangedFiles.between(repository, rev, base, scanned);
        } catch (IOException e) {
            throw new SourceException(Message.of("newonly.since.unreadable", info.location(), rev,
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** For tests: the temporary clone of a remote repository, or null. */
    Path cloneFolder() {
        return cloneFolder;
    }

    private static void delete(Path folder) {
        try {
            FileUtils.delete(folder.toFile(), FileUtils.RECURSIVE | FileUtils.RETRY | FileUtils.SKIP_MISSING);
        } catch (IOException e) {
            // best effort: a temporary folder the system cleans up eventually; nothing secret is left in it
        }
    }
}
