package fr.cctlint.collect.ci;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.SourceFiles;
import fr.cctlint.source.SourceTree;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CI files: {@code .gitlab-ci.yml} ({@link GitLabCiParser}) and GitHub Actions workflows
 * {@code .github/workflows/*.yml} ({@link GitHubWorkflowParser}). The images and services they name are used
 * only to build and test: build-only components with the role {@code ci-image}, reported but not flagged.
 */
public final class CiCollector implements Collector {
    private static final Pattern GITLAB = Pattern.compile("(^|.*/)\\.gitlab-ci\\.ya?ml");
    private static final Pattern GITHUB = Pattern.compile("(^|.*/)\\.github/workflows/[^/]+\\.ya?ml");

    @Override
    public String name() {
        return "ci";
    }

    @Override
    public boolean claims(String path) {
        return GITLAB.matcher(path).matches() || GITHUB.matcher(path).matches();
    }

    @Override
    public Collection collect(SourceTree tree, List<String> paths) {
        return SourceFiles.parseEach(tree, paths, text -> GITLAB.matcher(text.path()).matches()
                ? GitLabCiParser.parse(text) : GitHubWorkflowParser.parse(text));
    }
}
