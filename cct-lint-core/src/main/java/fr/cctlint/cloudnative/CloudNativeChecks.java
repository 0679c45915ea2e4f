package fr.cctlint.cloudnative;

import fr.cctlint.cloudnative.check.CheckContext;
import fr.cctlint.cloudnative.check.CheckRegistry;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.RequirementCheck;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import fr.cctlint.source.SourceTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs every registered Cloud Native check on a project's files and inventory. A check that fails on input it
 * did not foresee loses only its own result: it becomes a read problem naming the check, and the others run.
 */
public final class CloudNativeChecks {
    private final CheckRegistry registry;

    public CloudNativeChecks(CheckRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public List<CheckResult> run(SourceTree tree, Inventory inventory) {
        CheckContext context = new CheckContext(tree, tree.files(), inventory);
        List<CheckResult> results = new ArrayList<>();
        for (RequirementCheck check : registry.all()) {
            try {
                results.add(check.check(context));
            } catch (RuntimeException e) {
                results.add(new CheckResult(check.rule(), List.of(), List.of(), List.of(new Problem(".", 0, 0,
                        Message.of("cloudnative.checkFailed", check.rule().id(), String.valueOf(e.getMessage())),
                        false))));
            }
        }
        return List.copyOf(results);
    }
}
