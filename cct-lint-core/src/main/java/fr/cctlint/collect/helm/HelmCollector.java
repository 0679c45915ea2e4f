package fr.cctlint.collect.helm;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.compose.TreePaths;
import fr.cctlint.source.SourceTree;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Helm charts: {@code Chart.yaml} and {@code requirements.yaml} dependencies, and images in {@code values*.yaml},
 * read by {@link HelmParser}. Templates are left alone: they are Go templates, not YAML.
 */
public final class HelmCollector implements Collector {
    private static final Set<String> CHART_FILES = Set.of("Chart.yaml", "requirements.yaml", "requirements.yml");

    @Override
    public String name() {
        return "helm";
    }

    @Override
    public boolean claims(String path) {
        String name = TreePaths.fileName(path);
        return CHART_FILES.contains(name) || isValuesFile(name);
    }

    /** Whether a path is a Helm file (claimed here, or read here as a helper: lockfiles), for other YAML collectors. */
    public static boolean isHelmFile(String path) {
        String name = TreePaths.fileName(path);
        return CHART_FILES.contains(name) || isValuesFile(name) || name.equals("Chart.lock")
                || name.equals("requirements.lock");
    }

    /**
     * Whether a path is a chart's own values file: a {@code values*.yaml} with a {@code Chart.yaml} beside it
     * ({@code values.yaml}, {@code values-prod.yaml}). A values file without a chart configures someone else's chart.
     *
     * @param files every file of the tree
     */
    public static boolean isChartValuesFile(String path, Set<String> files) {
        return isValuesFile(TreePaths.fileName(path)) && besideChart(path, files);
    }

    /** Whether a {@code Chart.yaml} sits in the folder of a path. */
    static boolean besideChart(String path, Set<String> files) {
        String dir = TreePaths.parent(path);
        return files.contains(dir.isEmpty() ? "Chart.yaml" : dir + "/Chart.yaml");
    }

    private static boolean isValuesFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("values") && (lower.endsWith(".yaml") || lower.endsWith(".yml"));
    }

    @Override
    public Collection collect(SourceTree tree, List<String> paths) {
        HelmParser parser = new HelmParser(tree);
        for (String path : paths) {
            if (isValuesFile(TreePaths.fileName(path))) {
                parser.values(path);
            } else {
                parser.chart(path);
            }
        }
        return parser.result();
    }
}
