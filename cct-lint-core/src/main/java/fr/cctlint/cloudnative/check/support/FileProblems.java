package fr.cctlint.cloudnative.check.support;

import fr.cctlint.collect.SourceFiles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import fr.cctlint.source.SourceTree;

/**
 * The problems a check meets while reading files itself, without repeating one the collectors already reported at
 * the same file (a broken {@code .gitlab-ci.yml} is one CCT009, not one per reader).
 */
public final class FileProblems {
    private final Set<String> alreadyReported = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    public FileProblems(Inventory inventory) {
        inventory.problems().forEach(p -> alreadyReported.add(p.file()));
    }

    public void add(Problem problem) {
        if (alreadyReported.add(problem.file())) {
            problems.add(problem);
        }
    }

    /** A file's text; when it cannot be read or decoded, the problem is added (once per file) and it is empty. */
    public Optional<SourceText> text(SourceTree tree, String path) {
        List<Problem> found = new ArrayList<>();
        Optional<SourceText> text = SourceFiles.text(tree, path, found);
        found.forEach(this::add);
        return text;
    }

    public List<Problem> all() {
        return List.copyOf(problems);
    }
}
