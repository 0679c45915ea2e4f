package fr.cctlint.source;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The files of a git repository that differ between an earlier revision (the one given to compare with, {@code
 * --since}) and the scanned revision: the two trees are compared as {@code git diff SINCE REV} does, not from
 * their merge base, so for a merge request give the base it starts from (GitLab's {@code
 * CI_MERGE_REQUEST_DIFF_BASE_SHA}, or {@code git merge-base}).
 *
 * <p>Paths are tree-relative with '/' separators, as evidence files of a git source are. An added or modified
 * file is listed; a renamed file is listed under both its old and its new path (git's rename detection: same or
 * similar content, at most {@link #RENAME_LIMIT} candidates, beyond which a rename is an addition and a
 * deletion); a copied file under its new path (its source, when modified too, is listed as modified); a deleted
 * file is not listed, since nothing of it is scanned any more. A change of mode only (a file made executable)
 * counts as a change. A symbolic link is listed when the link itself changed, not when only its target did.
 */
public final class ChangedFiles {
    /** How many added/deleted pairs rename detection considers at most. */
    static final int RENAME_LIMIT = 1000;

    private final String since;
    private final String sinceCommit;
    private final String commit;
    private final Set<String> paths;

    ChangedFiles(String since, String sinceCommit, String commit, Collection<String> paths) {
        this.since = Objects.requireNonNull(since, "since");
        this.sinceCommit = Objects.requireNonNull(sinceCommit, "sinceCommit");
        this.commit = Objects.requireNonNull(commit, "commit");
        this.paths = Collections.unmodifiableSet(new TreeSet<>(paths));
    }

    /** Compares the trees of two commits of a repository. */
    static ChangedFiles between(Repository repository, String since, RevCommit from, RevCommit to) throws IOException {
        TreeSet<String> changed = new TreeSet<>();
        try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repository);
            diff.setDetectRenames(true);
            diff.getRenameDetector().setRenameLimit(RENAME_LIMIT);
            List<DiffEntry> entries = diff.scan(from.getTree(), to.getTree());
            for (DiffEntry entry : entries) {
                switch (entry.getChangeType()) {
                    case ADD, MODIFY, COPY -> changed.add(entry.getNewPath());
                    case RENAME -> {
                        changed.add(entry.getOldPath());
                        changed.add(entry.getNewPath());
                    }
                    case DELETE -> {
                        // nothing of a deleted file is scanned any more
                    }
                }
            }
        }
        return new ChangedFiles(since, from.getId().name(), to.getId().name(), changed);
    }

    /** The revision compared with, as given. */
    public String since() {
        return since;
    }

    /** The commit id the revision compared with resolved to. */
    public String sinceCommit() {
        return sinceCommit;
    }

    /** The scanned commit id. */
    public String commit() {
        return commit;
    }

    /** The changed paths, tree-relative with '/' separators, sorted. */
    public Set<String> paths() {
        return paths;
    }

    /** Whether a tree path (a leading {@code ./} is ignored) changed. */
    public boolean contains(String path) {
        if (path == null) {
            return false;
        }
        String normalized = path.replace('\\', '/');
        while (normalized.startsWith("./")) {
            normalized = normalized.substring(2);
        }
        return paths.contains(normalized);
    }

    @Override
    public String toString() {
        return "ChangedFiles[" + since + " (" + sinceCommit + ").." + commit + ": " + paths + "]";
    }
}
