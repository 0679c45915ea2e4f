package fr.cctlint.collect;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every collector, in one explicit list: adding a manifest kind is one class and one line here. Names must be
 * unique; the registry refuses to start otherwise.
 */
public final class CollectorRegistry {
    private final List<Collector> collectors;

    public CollectorRegistry(List<Collector> collectors) {
        Set<String> names = new HashSet<>();
        for (Collector c : collectors) {
            if (!names.add(c.name())) {
                throw new IllegalStateException("two collectors are named " + c.name());
            }
        }
        this.collectors = List.copyOf(collectors);
    }

    /** All collectors shipped with cct-lint. */
    public static CollectorRegistry standard() {
        return new CollectorRegistry(List.of(
                new fr.cctlint.collect.maven.MavenCollector(),
                new fr.cctlint.collect.docker.DockerfileCollector(),
                new fr.cctlint.collect.ci.CiCollector(),
                new fr.cctlint.collect.compose.ComposeCollector(),
                new fr.cctlint.collect.kubernetes.KubernetesCollector(),
                new fr.cctlint.collect.helm.HelmCollector(),
                new fr.cctlint.collect.npm.NpmCollector(),
                new fr.cctlint.collect.php.ComposerCollector(),
                new fr.cctlint.collect.gradle.GradleCollector(),
                new fr.cctlint.collect.python.PythonCollector(),
                new fr.cctlint.collect.go.GoModCollector(),
                new fr.cctlint.collect.dotnet.DotnetCollector(),
                new fr.cctlint.collect.ruby.GemfileLockCollector(),
                new fr.cctlint.collect.rust.CargoLockCollector()));
    }

    public List<Collector> collectors() {
        return collectors;
    }
}
