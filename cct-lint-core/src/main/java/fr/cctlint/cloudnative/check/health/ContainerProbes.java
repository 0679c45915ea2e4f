package fr.cctlint.cloudnative.check.health;

import fr.cctlint.model.Evidence;
import java.util.Objects;

/**
 * The probes of one container of a long-running Kubernetes workload.
 *
 * @param location  the container's first line ({@code - name: api}), quoted
 * @param workload  {@code Kind/name} of the workload
 * @param container the container's name ("" when it has none)
 * @param liveness  whether it declares a liveness probe (in a Helm template: or a directive that may write one)
 * @param readiness whether it declares a readiness probe (same)
 */
record ContainerProbes(Evidence location, String workload, String container, boolean liveness, boolean readiness) {
    ContainerProbes {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(container, "container");
    }
}
