package fr.cctlint.cloudnative.check.access;

import fr.cctlint.collect.SourceFiles;
import java.util.List;
import java.util.Locale;

/** Which files of a tree are CI definitions, and of which kind. */
final class CiFiles {
    enum Kind { GITLAB, GITHUB, JENKINS }

    private CiFiles() {
    }

    /** The kind of a CI file found by its path alone (GitLab included files are found by {@link GitLabScripts}). */
    static java.util.Optional<Kind> kindOf(String path) {
        String name = SourceFiles.fileName(path);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(".gitlab-ci.yml") || lower.equals(".gitlab-ci.yaml")) {
            return java.util.Optional.of(Kind.GITLAB);
        }
        String folder = SourceFiles.folder(path);
        if ((folder.equals(".github/workflows") || folder.endsWith("/.github/workflows"))
                && (lower.endsWith(".yml") || lower.endsWith(".yaml"))) {
            return java.util.Optional.of(Kind.GITHUB);
        }
        if (name.equals("Jenkinsfile") || name.startsWith("Jenkinsfile.") || lower.endsWith(".jenkinsfile")) {
            return java.util.Optional.of(Kind.JENKINS);
        }
        return java.util.Optional.empty();
    }

    /** The files of a tree that are CI definitions by their path. */
    static List<String> roots(List<String> paths) {
        return paths.stream().filter(p -> kindOf(p).isPresent()).toList();
    }
}
