package fr.cctlint.collect.docker;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Dockerfiles and Containerfiles ({@code Dockerfile}, {@code Containerfile}, {@code *.dockerfile},
 * {@code Dockerfile.*}): base images of every stage and the OS packages of the final image, read by
 * {@link DockerfileParser}.
 */
public final class DockerfileCollector implements Collector {

    @Override
    public String name() {
        return "dockerfile";
    }

    @Override
    public boolean claims(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (file.endsWith(".dockerignore")) {
            return false;
        }
        return file.equals("dockerfile") || file.equals("containerfile") || file.endsWith(".dockerfile")
                || file.startsWith("dockerfile.") || file.startsWith("containerfile.");
    }

    @Override
    public Collection collect(SourceTree tree, List<String> paths) {
        Collection.Builder all = new Collection.Builder();
        for (String path : paths) {
            try {
                SourceText.Result text = SourceText.decode(path, tree.read(path));
                if (text.problem() != null) {
                    all.problem(text.problem());
                } else {
                    all.addAll(DockerfileParser.parse(text.text()));
                }
            } catch (IOException | RuntimeException e) {
                all.problem(Problems.unreadable(path, e));
            }
        }
        return all.build();
    }
}
