package fr.cctlint.scan;

import fr.cctlint.classify.BackingServices;
import fr.cctlint.classify.Classifier;
import fr.cctlint.classify.KnowledgeBase;
import fr.cctlint.classify.ServiceInference;
import fr.cctlint.model.Inventory;
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

    public Scanner(ToolInfo tool, Referential referential, KnowledgeBase knowledge, BackingServices services,
            PolicyOptions policy, Clock clock) {
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
        List<InputReport> reports = new ArrayList<>(inputs.size());
        for (T input : inputs) {
            reports.add(engine.judge(inference.infer(source.apply(input))));
        }
        return new ScanReport(tool, referential, reports, failOn, policy.newProject(), clock.instant(),
                policy.config().file());
    }
}
