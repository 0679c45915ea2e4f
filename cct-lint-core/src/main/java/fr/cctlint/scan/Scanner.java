package fr.cctlint.scan;

import fr.cctlint.classify.BackingServices;
import fr.cctlint.classify.Classifier;
import fr.cctlint.classify.KnowledgeBase;
import fr.cctlint.classify.ServiceInference;
import fr.cctlint.cloudnative.RequirementGrid;
import fr.cctlint.cloudnative.Requirements;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.CloudNativeFindings;
import fr.cctlint.policy.PolicyEngine;
import fr.cctlint.policy.PolicyOptions;
import fr.cctlint.policy.Severity;
import fr.cctlint.referential.IndexedProductMatcher;
import fr.cctlint.referential.Referential;
import fr.cctlint.report.InputReport;
import fr.cctlint.report.ScanReport;
import fr.cctlint.report.ToolInfo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The pipeline, wired once: inputs are read into inventories, completed with the backing services their client
 * libraries imply ({@link ServiceInference}), judged by the {@link PolicyEngine}, and gathered into a
 * {@link ScanReport} that reporters only read.
 */
public final class Scanner {
    private final ToolInfo tool;
    private final Referential referential;
    private final PolicyEngine engine;
    private final ServiceInference inference;
    private final PolicyOptions policy;
    private final Clock clock;
    private final Requirements requirements;
    private final CloudNativeFindings cloudNativeFindings;

    /** A scanner that judges the referential only. */
    public Scanner(ToolInfo tool, Referential referential, KnowledgeBase knowledge, BackingServices services,
            PolicyOptions policy, Clock clock) {
        this(tool, referential, knowledge, services, null, policy, clock);
    }

    /**
     * @param requirements the Cloud Native requirements, to judge the inputs whose checks ran; null when none will
     */
    public Scanner(ToolInfo tool, Referential referential, KnowledgeBase knowledge, BackingServices services,
            Requirements requirements, PolicyOptions policy, Clock clock) {
        this.requirements = requirements;
        this.cloudNativeFindings = requirements == null ? null : new CloudNativeFindings(requirements);
        this.tool = Objects.requireNonNull(tool, "tool");
        this.inference = new ServiceInference(Objects.requireNonNull(services, "services"));
        this.referential = Objects.requireNonNull(referential, "referential");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.engine = new PolicyEngine(new Classifier(knowledge), new IndexedProductMatcher(referential), referential,
                policy);
    }

    /** Judges inventories read by any source. */
    public <T> ScanReport scan(List<T> inputs, Function<T, Inventory> source, Severity failOn) {
        return scan(inputs, source, input -> null, failOn);
    }

    /**
     * Judges inventories and, for the inputs whose Cloud Native checks ran ({@code cloudNative} gives their
     * results, or null when they did not run), the checks' findings and the requirements grid.
     */
    public <T> ScanReport scan(List<T> inputs, Function<T, Inventory> source,
            Function<T, List<CheckResult>> cloudNative, Severity failOn) {
        List<InputReport> reports = new ArrayList<>(inputs.size());
        for (T input : inputs) {
            Inventory inventory = inference.infer(source.apply(input));
            List<CheckResult> results = cloudNative.apply(input);
            if (results == null) {
                reports.add(engine.judge(inventory));
                continue;
            }
            if (requirements == null) {
                throw new IllegalStateException("Cloud Native checks ran but the scanner has no requirements");
            }
            inventory = withCheckProblems(inventory, results);
            InputReport report = engine.judge(inventory, cloudNativeFindings.of(inventory.source().location(), results));
            reports.add(report.withCloudNative(RequirementGrid.of(requirements, results)));
        }
        return new ScanReport(tool, referential, reports, failOn, policy.newProject(), clock.instant(),
                policy.config().file());
    }

    /** The checks' read problems, but one per file: a file the collectors could not read is reported once. */
    private static Inventory withCheckProblems(Inventory inventory, List<CheckResult> results) {
        List<Problem> problems = new ArrayList<>(inventory.problems());
        Set<String> files = new HashSet<>();
        inventory.problems().forEach(p -> files.add(p.file()));
        for (CheckResult result : results) {
            for (Problem problem : result.problems()) {
                if (files.add(problem.file()) || ".".equals(problem.file())) {
                    problems.add(problem);
                }
            }
        }
        return problems.size() == inventory.problems().size() ? inventory
                : new Inventory(inventory.source(), inventory.components(), problems, inventory.excludedCount());
    }
}
