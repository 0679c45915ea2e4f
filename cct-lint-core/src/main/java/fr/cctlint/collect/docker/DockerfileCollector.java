package fr.cctlint.collect.docker;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.SourceFiles;
import fr.cctlint.source.SourceTree;
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
        return SourceFiles.parseEach(tree, paths, DockerfileParser::parse);
    }
}
