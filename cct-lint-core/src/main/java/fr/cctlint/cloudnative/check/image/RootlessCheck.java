package fr.cctlint.cloudnative.check.image;

import fr.cctlint.cloudnative.check.CheckContext;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.RequirementCheck;

import fr.cctlint.collect.Roles;
import fr.cctlint.collect.compose.ComposeCollector;
import fr.cctlint.collect.docker.DockerfileCollector;
import fr.cctlint.collect.docker.DockerfileParser;
import fr.cctlint.collect.helm.HelmCollector;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.policy.Rule;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EX32 (CN032): containers run without root and listen on ports above 1024. Judged in Dockerfiles (the final
 * stage's USER, inherited from the stages it is built on or from a base image known to set a non-root user;
 * EXPOSE), compose files ({@code user:}, {@code privileged:}, container ports) and Kubernetes manifests
 * ({@code runAsUser}, {@code runAsNonRoot}, {@code privileged}, {@code containerPort}). Every passing USER,
 * user, runAsUser/runAsNonRoot line and port is checked evidence. In Helm charts, the security settings of the
 * chart's values files ({@link HelmValuesRootless}); templates are not read (they are not YAML until rendered).
 */
public final class RootlessCheck implements RequirementCheck {
    private final DockerfileRootless dockerfiles;

    public RootlessCheck() {
        this(ImageOsCatalogLoader.bundled());
    }

    public RootlessCheck(ImageOsCatalog catalog) {
        this.dockerfiles = new DockerfileRootless(catalog);
    }

    @Override
    public Rule rule() {
        return Rule.CN032;
    }

    @Override
    public CheckResult check(CheckContext context) {
        Results results = new Results(rule(), context.inventory());
        Map<String, Component> finalImages = new HashMap<>();
        Map<String, Component> services = new HashMap<>();
        Map<Evidence, Component> containers = new HashMap<>();
        Set<String> manifests = new LinkedHashSet<>();
        for (Component c : context.inventory().components()) {
            String role = c.property(Roles.KEY);
            if (Roles.FINAL_STAGE_IMAGE.equals(role) && c.property(DockerfileParser.DOCKERFILE) != null) {
                finalImages.put(c.property(DockerfileParser.DOCKERFILE), c);
            } else if (Roles.COMPOSE_SERVICE_IMAGE.equals(role)) {
                String names = c.property("cct:serviceName");
                for (Evidence e : c.evidence()) {
                    for (String name : names == null ? new String[0] : names.split(",")) {
                        services.putIfAbsent(e.file() + "#" + name, c);
                    }
                }
            } else if (Roles.KUBERNETES_CONTAINER_IMAGE.equals(role)) {
                for (Evidence e : c.evidence()) {
                    containers.putIfAbsent(new Evidence(e.file(), e.line(), ""), c);
                    manifests.add(e.file());
                }
            }
        }
        DockerfileCollector dockerfileFiles = new DockerfileCollector();
        List<String> paths = context.paths();
        Set<String> files = Set.copyOf(context.tree().files());
        for (String path : paths) {
            if (dockerfileFiles.claims(path)) {
                results.read(context.tree(), path)
                        .ifPresent(source -> dockerfiles.judge(source, finalImages.get(path), results));
            } else if (ComposeCollector.isComposeFile(path)) {
                results.read(context.tree(), path).ifPresent(source -> ComposeRootless.judge(source,
                        (file, service) -> services.get(file + "#" + service), results));
            } else if (manifests.contains(path)) {
                results.read(context.tree(), path).ifPresent(source -> KubernetesRootless.judge(source,
                        (file, line) -> containers.get(new Evidence(file, line, "")), results));
            } else if (HelmCollector.isChartValuesFile(path, files)) {
                results.read(context.tree(), path).ifPresent(source -> HelmValuesRootless.judge(source, results));
            }
        }
        return results.result();
    }
}
