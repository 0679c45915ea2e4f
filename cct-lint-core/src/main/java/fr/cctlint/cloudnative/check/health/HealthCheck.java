package fr.cctlint.cloudnative.check.health;

import fr.cctlint.cloudnative.check.CheckContext;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.RequirementCheck;
import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.cloudnative.check.capability.Capabilities;
import fr.cctlint.cloudnative.check.capability.CapabilitiesLoader;
import fr.cctlint.collect.SourceFiles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.collect.kubernetes.KubernetesCollector;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * EX25 (CN025): the application is monitorable, with {@code /health} and {@code /metrics}.
 *
 * <ul>
 * <li>Every container of a long-running Kubernetes workload (Deployment, StatefulSet, DaemonSet...: the data file's
 * {@code workloadKinds}) declares a liveness and a readiness probe; one violation per container that lacks one,
 * at the container's first line. Manifests are the Kubernetes collector's files, Helm chart templates included
 * (read without rendering, see {@link WorkloadReader}). Jobs, CronJobs and bare Pods are not judged.</li>
 * <li>An application whose stack can expose health and metrics with a well-known library (Spring Boot, a Node.js
 * web server, a Python web framework) declares one: see {@link StackJudgement}.</li>
 * <li>A compose service's {@code healthcheck:} is evidence that health is checked; it does not replace metrics.</li>
 * </ul>
 *
 * <p>Files that cannot be read are left to the Kubernetes collector, which reads the same files and reports them.
 */
public final class HealthCheck implements RequirementCheck {
    private static final String COMPOSE_HEALTHCHECK = "cct:healthcheck";

    private final Capabilities capabilities;
    private final WorkloadReader workloads;
    private final KubernetesCollector manifests = new KubernetesCollector();

    public HealthCheck(Capabilities capabilities) {
        this.capabilities = capabilities;
        this.workloads = new WorkloadReader(capabilities.workloadKinds());
    }

    /** With the bundled knowledge. */
    public HealthCheck() {
        this(CapabilitiesLoader.bundled());
    }

    @Override
    public Rule rule() {
        return Rule.CN025;
    }

    @Override
    public CheckResult check(CheckContext context) {
        List<Violation> violations = new ArrayList<>();
        List<Evidence> checked = new ArrayList<>();
        for (String path : context.paths()) {
            if (!manifests.claims(path)) {
                continue;
            }
            List<Problem> ignored = new ArrayList<>(); // the Kubernetes collector reports them
            Optional<SourceText> text = SourceFiles.text(context.tree(), path, ignored);
            if (text.isEmpty() || !text.get().text().contains("kind")) {
                continue;
            }
            for (ContainerProbes container : workloads.read(text.get())) {
                judge(container, violations, checked);
            }
        }
        for (Component c : context.inventory().components()) {
            if ("true".equals(c.property(COMPOSE_HEALTHCHECK)) && c.primaryEvidence() != null) {
                checked.add(c.primaryEvidence());
            }
        }
        new StackJudgement(capabilities).judge(context.inventory(), violations, checked);
        return new CheckResult(rule(), violations, checked, List.of());
    }

    private static void judge(ContainerProbes c, List<Violation> violations, List<Evidence> checked) {
        if (c.liveness() && c.readiness()) {
            checked.add(c.location());
            return;
        }
        String key = !c.liveness() && !c.readiness() ? "cnops.health.noProbes"
                : !c.liveness() ? "cnops.health.noLiveness" : "cnops.health.noReadiness";
        String subject = "probes:" + c.location().file() + "#" + c.workload() + "/" + c.container();
        violations.add(new Violation(c.location(), Message.of(key, c.container(), c.workload()), subject, null));
    }
}
