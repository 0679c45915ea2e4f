package fr.cctlint.collect.ci;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
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
        Collection.Builder all = new Collection.Builder();
        for (String path : paths) {
            try {
                SourceText.Result text = SourceText.decode(path, tree.read(path));
                if (text.problem() != null) {
                    all.problem(text.problem());
                } else if (GITLAB.matcher(path).matches()) {
                    all.addAll(GitLabCiParser.parse(text.text()));
                } else {
                    all.addAll(GitHubWorkflowParser.parse(text.text()));
                }
            } catch (IOException | RuntimeException e) {
                all.problem(Problems.unreadable(path, e));
            }
        }
        return all.build();
    }
}
