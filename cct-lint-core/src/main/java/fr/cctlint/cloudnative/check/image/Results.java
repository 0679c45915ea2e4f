package fr.cctlint.cloudnative.check.image;

import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.cloudnative.check.support.FileProblems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Rule;
import fr.cctlint.source.SourceTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a check gathers while it runs: violations, passing evidence (each once) and problems. A file the
 * collectors already reported as unreadable or broken is not reported again (one CCT009 per defect).
 */
public final class Results {
    private final Rule rule;
    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> subjects = new LinkedHashSet<>();
    private final Set<Evidence> checked = new LinkedHashSet<>();
    private final FileProblems problems;

    public Results(Rule rule, Inventory inventory) {
        this.rule = rule;
        this.problems = new FileProblems(inventory);
    }

    /** A violation; a second one with the same subject is dropped (fingerprints must stay unique). */
    public void violation(Violation violation) {
        if (subjects.add(violation.subject())) {
            violations.add(violation);
        }
    }

    public void passed(Evidence evidence) {
        checked.add(evidence);
    }

    public void problem(Problem problem) {
        problems.add(problem);
    }

    /** A file's text, its reading problem recorded when it cannot be read. */
    public Optional<SourceText> read(SourceTree tree, String path) {
        return problems.text(tree, path);
    }

    public CheckResult result() {
        return new CheckResult(rule, violations, List.copyOf(checked), problems.all());
    }
}
