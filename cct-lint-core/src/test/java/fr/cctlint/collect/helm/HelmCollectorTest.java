package fr.cctlint.collect.helm;

import static fr.cctlint.collect.compose.Trees.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.compose.Trees;
import fr.cctlint.collect.kubernetes.KubernetesCollector;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import fr.cctlint.source.SourceTree;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HelmCollectorTest {
    private static final HelmCollector COLLECTOR = new HelmCollector();
    private static Collection shop;

    @BeforeAll
    static void readShop() throws Exception {
        try (SourceTree tree = Trees.resource("/collect/helm/shop")) {
            shop = COLLECTOR.collect(tree, Trees.claimed(tree, COLLECTOR));
        }
    }

    @ParameterizedTest(name = "{0} claimed: {1}")
    @CsvSource({
        "chart/Chart.yaml, true", "Chart.yaml, true", "old/requirements.yaml, true", "chart/values.yaml, true",
        "chart/values-prod.yaml, true", "deploy/values.staging.yml, true", "chart/Chart.lock, false",
        "chart/templates/deployment.yaml, false", "chart/values.schema.json, false", "chart.yaml, false"})
    void claimsChartFiles(String path, boolean claimed) {
        assertEquals(claimed, COLLECTOR.claims(path));
    }

    @Test
    void readsWithoutProblems() {
        assertEquals(List.of(), shop.problems());
    }

    @Test
    void bitnamiPostgresqlDependencyIsAnOperatedApplicationWithoutVersion() {
        Component pg = shop.components().stream().filter(c -> Roles.HELM_DEPENDENCY.equals(c.property(Roles.KEY)))
                .filter(c -> c.name().equals("postgresql")).findFirst().orElseThrow();
        assertEquals("pkg:helm/bitnami/postgresql?repository_url=https%3A%2F%2Fcharts.bitnami.com%2Fbitnami", pg.purl());
        assertNull(pg.version(), "the chart version is not the PostgreSQL version");
        assertEquals("15.x.x", pg.property("cct:chartVersion"));
        assertEquals("15.5.38", pg.property("cct:chartVersionLocked"));
        assertEquals("postgresql.enabled", pg.property("cct:condition"));
        assertEquals("true", pg.property("cct:enabledByDefault"));
        assertEquals(ComponentType.APPLICATION, pg.type());
        assertEquals(Scope.RUNTIME, pg.scope());
        assertEquals(new Evidence("Chart.yaml", 8, "- name: postgresql"), pg.primaryEvidence());
    }

    @Test
    void disabledDependencyIsOptionalAndAliasesAreKept() {
        Component redis = shop.components().stream()
                .filter(c -> "pkg:helm/bitnamicharts/redis".equals(c.purl().replaceFirst("\\?.*", "")))
                .findFirst().orElseThrow();
        assertEquals(Scope.OPTIONAL, redis.scope());
        assertEquals("false", redis.property("cct:enabledByDefault"));
        assertEquals("19.6.4", redis.property("cct:chartVersionLocked"));
        Component keycloak = named(shop.components(), "keycloak");
        assertEquals("bitnami", keycloak.group(), "repository @bitnami is the bitnami repository");
        assertEquals("sso", keycloak.property("cct:alias"));
    }

    @Test
    void libraryAndLocalChartsAreNotReported() {
        Set<String> charts = Set.copyOf(shop.components().stream()
                .filter(c -> Roles.HELM_DEPENDENCY.equals(c.property(Roles.KEY))).map(Component::name).toList());
        assertEquals(Set.of("postgresql", "redis", "keycloak"), charts);
    }

    @Test
    void valuesImagesInEveryForm() {
        Component pg = named(shop.components(), "bitnami/postgresql");
        assertEquals("pkg:docker/bitnami/postgresql@16.4.0-debian-12-r0", pg.purl());
        assertEquals(Roles.HELM_VALUES_IMAGE, pg.property(Roles.KEY));
        assertEquals("postgresql.image", pg.property("cct:valuesPath"));
        assertEquals(new Evidence("values.yaml", 21, "repository: bitnami/postgresql"), pg.primaryEvidence());

        assertEquals("sidecars[0].image", named(shop.components(), "envoyproxy/envoy").property("cct:valuesPath"));
        assertEquals("v0.15.0", named(shop.components(), "quay.io/prometheus/postgres-exporter").version());
        assertEquals("7.2.5-debian-12-r0", named(shop.components(), "bitnami/redis").version());
    }

    @Test
    void ownImageWithEmptyTagHasNoVersionAndProductionValuesGiveIt() {
        List<Component> api = shop.components().stream()
                .filter(c -> c.name().equals("registry.example.org/shop/api")).toList();
        assertEquals(2, api.size());
        Component prod = api.get(0);
        Component defaults = api.get(1);
        assertEquals("1.4.0", prod.version());
        assertEquals("values-prod.yaml", prod.primaryEvidence().file());
        assertNull(defaults.version(), "tag \"\" defaults to the appVersion in templates: not read as the image's");
        assertTrue(prod.subject() && defaults.subject(), "the chart's top-level image is the application itself");
        assertTrue(!named(shop.components(), "bitnami/postgresql").subject());
        assertEquals(new Evidence("values.yaml", 5, "repository: shop/api"), defaults.primaryEvidence());
        assertTrue(shop.components().stream().noneMatch(c -> c.name().equals("true")), "featureImage: true is no image");
    }

    @Test
    void vendoredSubchartGivesTheAppVersionAndTemplatesAreLeftAlone() throws Exception {
        try (SourceTree tree = Trees.of(Map.of(
                "chart/Chart.yaml", """
                        apiVersion: v2
                        name: app
                        version: 1.0.0
                        dependencies:
                          - name: postgresql
                            version: 15.5.38
                            repository: oci://registry-1.docker.io/bitnamicharts
                          - name: common
                            version: 2.20.0
                            repository: https://charts.example.org/library
                        """,
                "chart/charts/postgresql/Chart.yaml", "apiVersion: v2\nname: postgresql\nversion: 15.5.38\n"
                        + "appVersion: 16.3.0\n",
                "chart/charts/common/Chart.yaml", "apiVersion: v2\nname: common\ntype: library\nversion: 2.20.0\n",
                "chart/templates/deployment.yaml", "image: {{ .Values.image }}\n  bad: [yaml\n",
                "chart/values.yaml", "image: [not, closed\n"))) {
            Collection helm = COLLECTOR.collect(tree, Trees.claimed(tree, COLLECTOR));
            Component pg = named(helm.components(), "postgresql");
            assertEquals("16.3.0", pg.version());
            assertEquals("bitnamicharts", pg.group());
            assertEquals(1, helm.components().stream().filter(c -> c.name().equals("postgresql")).count(),
                    "the vendored chart's own Chart.yaml has no dependencies; the library chart is skipped");
            assertEquals(List.of("chart/values.yaml:2"),
                    helm.problems().stream().map(p -> p.file() + ":" + p.line()).toList());
            KubernetesCollector k8s = new KubernetesCollector();
            Collection manifests = k8s.collect(tree, Trees.claimed(tree, k8s));
            assertEquals(Collection.EMPTY, manifests, "the chart's template is not YAML and is skipped without a word");
        }
        try (SourceTree tree = Trees.of(Map.of("deploy/values-keycloak.yaml",
                "image:\n  registry: docker.io\n  repository: bitnami/keycloak\n  tag: 24.0.5\n"))) {
            Component keycloak = COLLECTOR.collect(tree, List.of("deploy/values-keycloak.yaml")).components().get(0);
            assertTrue(!keycloak.subject(), "values for someone else's chart configure an operated image");
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://charts.bitnami.com/bitnami, bitnami", "oci://registry-1.docker.io/bitnamicharts, bitnamicharts",
        "https://charts.bitnami.com/bitnami/, bitnami", "@bitnami, bitnami", "alias:Bitnami, bitnami",
        "https://charts.jetstack.io, charts.jetstack.io",
        "https://prometheus-community.github.io/helm-charts, helm-charts"})
    void repositoryNames(String repository, String name) {
        assertEquals(name, HelmParser.repositoryName(repository));
    }
}
