package fr.cctlint.source;

import fr.cctlint.i18n.Message;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;

/**
 * Finds the commit of the revision to compare with. In a local repository it must be there. In the temporary
 * clone of a remote (shallow: only the scanned commit), a missing revision is fetched from the remote:
 * <ol>
 * <li>a branch, a tag or {@code HEAD} the remote advertises: that ref alone, depth 1 (only its tree is needed,
 *     since the comparison is tree to tree);</li>
 * <li>a full commit id: that commit, depth 1, when the server grants unadvertised commits; otherwise, as for</li>
 * <li>an abbreviated id or an expression such as {@code main~3}: the history of the cloned ref is completed
 *     ({@code fetch --unshallow}), then the revision is resolved again;</li>
 * <li>any other name is unknown straight away, without fetching any history.</li>
 * </ol>
 * A revision still missing after that is an error, so a shallow clone never silently compares with nothing.
 */
final class SinceRevision {
    /** The ref a fetched revision is stored under, in the temporary clone only. */
    static final String FETCHED_REF = "refs/cct-lint/since";
    private static final Pattern FULL_ID = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern ID_OR_EXPRESSION = Pattern.compile("[0-9a-fA-F]{4,40}|.*[~^@].*");

    private final Repository repository;
    private final String location;
    private final String since;

    SinceRevision(Repository repository, String location, String since) {
        this.repository = repository;
        this.location = location;
        this.since = since;
    }

    /**
     * @param remoteClone whether the repository is a temporary clone of a remote, where missing objects may be
     *                    fetched from {@code origin}
     */
    RevCommit resolve(boolean remoteClone) throws SourceException {
        RevCommit found = local(since);
        if (found != null) {
            return found;
        }
        if (!remoteClone) {
            throw new SourceException(Message.of("newonly.since.unknown", location, since));
        }
        return fetched();
    }

    private RevCommit fetched() throws SourceException {
        String url = repository.getConfig().getString("remote", "origin", "url");
        try (Git git = new Git(repository)) {
            Map<String, Ref> refs = git.lsRemote().setRemote("origin").setTimeout(GitSourceTree.TIMEOUT_SECONDS)
                    .callAsMap();
            String refName = GitSourceTree.remoteRef(refs, since);
            if (refName != null) {
                git.fetch().setRemote("origin").setRefSpecs(new RefSpec("+" + refName + ":" + FETCHED_REF))
                        .setDepth(1).setTagOpt(TagOpt.NO_TAGS).setTimeout(GitSourceTree.TIMEOUT_SECONDS).call();
                return require(local(FETCHED_REF));
            }
            if (!ID_OR_EXPRESSION.matcher(since).matches()) {
                throw new SourceException(Message.of("newonly.since.unknown", location, since));
            }
            if (FULL_ID.matcher(since).matches() && fetchCommit(git)) {
                RevCommit commit = local(since);
                if (commit != null) {
                    return commit;
                }
            }
            if (!repository.getObjectDatabase().getShallowCommits().isEmpty()) {
                git.fetch().setRemote("origin").setUnshallow(true).setTagOpt(TagOpt.NO_TAGS)
                        .setTimeout(GitSourceTree.TIMEOUT_SECONDS).call();
            }
            return require(local(since));
        } catch (SourceException e) {
            throw e;
        } catch (GitAPIException | RuntimeException e) {
            throw new SourceException(Message.of("newonly.since.fetchFailed", location, since,
                    GitLocations.scrub(detail(e), url == null ? "" : url)));
        } catch (IOException e) {
            throw new SourceException(Message.of("newonly.since.unreadable", location, since,
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** Asks for one commit by id, depth 1; false when the server refuses unadvertised objects. */
    private boolean fetchCommit(Git git) {
        try {
            git.fetch().setRemote("origin").setRefSpecs(new RefSpec(since.toLowerCase(java.util.Locale.ROOT) + ":"
                    + FETCHED_REF)).setDepth(1).setTagOpt(TagOpt.NO_TAGS)
                    .setTimeout(GitSourceTree.TIMEOUT_SECONDS).call();
            return true;
        } catch (GitAPIException | RuntimeException e) {
            return false;
        }
    }

    private RevCommit require(RevCommit commit) throws SourceException {
        if (commit == null) {
            throw new SourceException(Message.of("newonly.since.missing", location, since));
        }
        return commit;
    }

    /** The commit a revision names in the repository as it is, or null when it is not there (yet). */
    private RevCommit local(String revision) throws SourceException {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = repository.resolve(revision + "^{commit}");
            if (id == null) {
                return null;
            }
            RevCommit commit = walk.parseCommit(id);
            walk.parseHeaders(commit.getTree());
            return commit;
        } catch (AmbiguousObjectException e) {
            throw new SourceException(Message.of("newonly.since.ambiguous", location, since), e);
        } catch (MissingObjectException e) {
            return null;
        } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
            throw new SourceException(Message.of("newonly.since.unknown", location, since), e);
        } catch (IOException e) {
            throw new SourceException(Message.of("newonly.since.unreadable", location, since,
                    String.valueOf(e.getMessage())), e);
        }
    }

    private static String detail(Exception e) {
        String detail = e.getMessage();
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                detail = cause.getMessage();
            }
        }
        return String.valueOf(detail);
    }
}
