package fr.cctlint.collect.kubernetes;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.compose.ComposeCollector;
import fr.cctlint.collect.compose.ContainerImages;
import fr.cctlint.collect.compose.TreePaths;
import fr.cctlint.collect.helm.HelmCollector;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Kubernetes manifests: any {@code *.yaml} / {@code *.yml} file that is not a compose file, a CI file, a Helm chart
 * descriptor or values file, or a lockfile; the documents that are not Kubernetes objects are skipped by
 * {@link KubernetesParser}. Files under a Helm chart's {@code templates/} folder (a folder holding
 * {@code Chart.yaml} is a chart) that hold Go template placeholders are not YAML: they are skipped without a
 * word (plain YAML files there are read). One image used in several files is one component (see
 * {@link ContainerImages#mergeById}).
 */
public final class KubernetesCollector implements Collector {
    private static final Set<String> OTHER_YAML = Set.of(".gitlab-ci.yml", ".gitlab-ci.yaml", "pnpm-lock.yaml",
            ".pre-commit-config.yaml", ".travis.yml", "azure-pipelines.yml", "bitbucket-pipelines.yml",
            "codecov.yml", "mkdocs.yml", ".yarnrc.yml", "dependabot.yml");

    @Override
    public String name() {
        return "kubernetes";
    }

    @Override
    public boolean claims(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
            return false;
        }
        return !ComposeCollector.isComposeFile(path) && !HelmCollector.isHelmFile(path)
                && !OTHER_YAML.contains(TreePaths.fileName(lower)) && !lower.startsWith(".github/")
                && !lower.contains("/.github/");
    }

    @Override
    public Collection collect(SourceTree tree, List<String> paths) {
        Set<String> charts = new HashSet<>();
        for (String file : tree.files()) {
            if (TreePaths.fileName(file).equals("Chart.yaml")) {
                charts.add(TreePaths.parent(file));
            }
        }
        Collection.Builder all = new Collection.Builder();
        for (String path : paths) {
            try {
                byte[] bytes = tree.read(path);
                if (inChartTemplates(path, charts) && new String(bytes, StandardCharsets.ISO_8859_1).contains("{{")) {
                    continue;
                }
                all.addAll(KubernetesParser.parse(path, bytes));
            } catch (IOException | RuntimeException e) {
                all.problem(Problems.unreadable(path, e));
            }
        }
        Collection collected = all.build();
        return new Collection(ContainerImages.mergeById(collected.components()), collected.problems());
    }

    /** Whether a path lies under {@code templates/} of a chart folder. */
    static boolean inChartTemplates(String path, Set<String> charts) {
        String dir = TreePaths.parent(path);
        while (true) {
            int at = dir.lastIndexOf("templates");
            if (at < 0) {
                return false;
            }
            boolean segment = (at == 0 || dir.charAt(at - 1) == '/')
                    && (at + "templates".length() == dir.length() || dir.charAt(at + "templates".length()) == '/');
            if (segment && charts.contains(at == 0 ? "" : dir.substring(0, at - 1))) {
                return true;
            }
            if (at == 0) {
                return false;
            }
            dir = dir.substring(0, at - 1);
        }
    }
}
