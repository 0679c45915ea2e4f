package fr.cctlint.collect.kubernetes;

import static fr.cctlint.collect.compose.Trees.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.compose.Trees;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.source.SourceTree;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KubernetesCollectorTest {
    private static final KubernetesCollector COLLECTOR = new KubernetesCollector();
    private static Collection deploy;

    @BeforeAll
    static void readDeploy() throws Exception {
        try (SourceTree tree = Trees.resource("/collect/kubernetes/deploy")) {
            deploy = COLLECTOR.collect(tree, Trees.claimed(tree, COLLECTOR));
        }
    }

    @ParameterizedTest(name = "{0} claimed: {1}")
    @CsvSource({
        "k8s/deployment.yaml, true", "deploy/all.yml, true", "chart/templates/deployment.yaml, true",
        "docker-compose.yml, false", "compose.yaml, false", ".gitlab-ci.yml, false",
        ".github/workflows/build.yml, false", "chart/Chart.yaml, false", "chart/values.yaml, false",
        "chart/values-prod.yaml, false", "pnpm-lock.yaml, false", "k8s/deployment.json, false", "Dockerfile, false"})
    void claimsYamlThatOtherCollectorsDoNotOwn(String path, boolean claimed) {
        assertEquals(claimed, COLLECTOR.claims(path));
    }

    @Test
    void deploymentContainerCarriesPodAndContainerFacts() {
        Component api = named(deploy.components(), "registry.example.org/shop/api");
        assertEquals(new Evidence("k8s/shop.yaml", 33, "image: registry.example.org/shop/api:1.4.0"),
                api.primaryEvidence());
        assertEquals(Roles.KUBERNETES_CONTAINER_IMAGE, api.property(Roles.KEY));
        assertEquals(Scope.RUNTIME, api.scope());
        assertEquals("Deployment/api", api.property("cct:workload"));
        assertEquals("shop", api.property("cct:namespace"));
        assertEquals("api", api.property("cct:container"));
        assertEquals("container", api.property("cct:containerType"));
        assertEquals("10001", api.property("cct:runAsUser"), "inherited from the pod security context");
        assertEquals("true", api.property("cct:runAsNonRoot"));
        assertEquals("false", api.property("cct:privileged"));
        assertEquals("8080,9090/UDP", api.property("cct:containerPorts"));
        assertEquals("true", api.property("cct:livenessProbe"));
        assertEquals("true", api.property("cct:readinessProbe"));
        assertEquals("false", api.property("cct:startupProbe"));
        assertEquals("DB_HOST", api.property("cct:environmentKeys"), "only literal values, never from secrets");
    }

    @Test
    void initContainerOverridesThePodSecurityContext() {
        Component init = named(deploy.components(), "busybox");
        assertEquals("initContainer", init.property("cct:containerType"));
        assertEquals("0", init.property("cct:runAsUser"));
        assertEquals("true", init.property("cct:runAsNonRoot"));
        assertNull(init.property("cct:livenessProbe"), "probes do not apply to init containers");
    }

    @Test
    void sameImageInStatefulSetAndCronJobIsOneComponentWithBothFacts() {
        Component postgres = named(deploy.components(), "postgres");
        assertEquals("pkg:docker/library/postgres@16.3", postgres.purl());
        assertEquals(List.of(59, 78), postgres.evidence().stream().map(Evidence::line).toList());
        assertEquals("StatefulSet/db,CronJob/backup", postgres.property("cct:workload"));
        assertEquals("true,false", postgres.property("cct:privileged"));
        assertEquals("false", postgres.property("cct:livenessProbe"));
    }

    @Test
    void listItemsAndEphemeralContainersAreRead() {
        assertEquals("Pod/debug", named(deploy.components(), "nginx").property("cct:workload"));
        assertEquals("ephemeralContainer",
                named(deploy.components(), "nicolaka/netshoot").property("cct:containerType"));
        Component agent = named(deploy.components(), "cr.fluentbit.io/fluent/fluent-bit");
        assertEquals("DaemonSet/log-agent", agent.property("cct:workload"));
        assertEquals("3.0.4", agent.version());
        assertTrue(agent.property("cct:digest").startsWith("sha256:4f1d5b5a"));
    }

    @Test
    void operatorResourcesNameTheirImages() {
        Component pg = named(deploy.components(), "ghcr.io/cloudnative-pg/postgresql");
        assertEquals("16.8", pg.version());
        assertEquals("Cluster/pg", pg.property("cct:workload"));
        Component redis = named(deploy.components(), "redis");
        assertEquals(List.of(16, 19), redis.evidence().stream().map(Evidence::line).toList());
    }

    @Test
    void dataAndNonKubernetesYamlAndChartTemplatesGiveNothing() {
        Set<String> names = Set.copyOf(deploy.components().stream().map(Component::name).toList());
        assertEquals(Set.of("registry.example.org/shop/api", "busybox", "postgres", "nginx", "nicolaka/netshoot",
                "cr.fluentbit.io/fluent/fluent-bit", "ghcr.io/cloudnative-pg/postgresql", "redis", "flyway/flyway"),
                names, "ConfigMap data, the OpenAPI file and the templated chart file are not read");
        assertEquals("chart/templates/plain-job.yaml",
                named(deploy.components(), "flyway/flyway").primaryEvidence().file(),
                "a plain YAML file under templates/ is still a manifest");
    }

    @Test
    void brokenAndTemplatedManifestsOutsideChartsAreReported() {
        List<String> problems = deploy.problems().stream()
                .map(p -> p.file() + ":" + p.line() + " " + Messages.english().render(p.message())).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("k8s/broken.yaml:11 invalid YAML"), problems.get(0));
        assertEquals("k8s/templated.yaml:4 templated manifest (Go template placeholders are not YAML):"
                + " its images are not checked", problems.get(1));
    }

    @Test
    void hostileAndOddFilesNeverStopTheScan() throws Exception {
        StringBuilder bomb = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata: {name: bomb}\nx0: &x0 ["
                + "{containers: [{name: c, image: nginx:1.27}]}]\n");
        for (int i = 1; i < 9; i++) {
            bomb.append("x").append(i).append(": &x").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*x" + (i - 1)))).append("]\n");
        }
        try (SourceTree tree = Trees.of(Map.of(
                "a/bomb.yaml", bomb.toString(),
                "b/latin1.yaml", "apiVersion: v1\nkind: Pod\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1),
                "c/notes-latin1.yaml", "title: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1),
                "d/empty.yaml", "",
                "e/broken-config.yaml", "key: [unclosed\n",
                "f/scalar.yaml", "--- just text\n--- [1, 2]\n---\napiVersion: v1\nkind: Pod\nspec: 3\n",
                "g/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: ok}\nspec:\n  containers:\n"
                        + "    - {name: c, image: \"${IMAGE}\"}\n    - {name: d}\n    - {name: e, image: [x]}\n"))) {
            Collection result = COLLECTOR.collect(tree, Trees.claimed(tree, COLLECTOR));
            assertEquals(List.of("nginx", "${IMAGE}"), result.components().stream().map(Component::name).toList());
            assertEquals("${IMAGE}", result.components().get(1).property("cct:imageExpression"));
            assertEquals(List.of("b/latin1.yaml:3"),
                    result.problems().stream().map(p -> p.file() + ":" + p.line()).toList(),
                    "non-Kubernetes YAML is nobody's problem here");
            for (Problem p : result.problems()) {
                assertEquals("the file is not UTF-8 text", Messages.english().render(p.message()));
            }
        }
    }

    @Test
    void chartTemplateFolderIsRecognisedOnlyUnderAChart() {
        Set<String> charts = Set.of("deploy/chart", "");
        assertTrue(KubernetesCollector.inChartTemplates("deploy/chart/templates/a.yaml", charts));
        assertTrue(KubernetesCollector.inChartTemplates("deploy/chart/templates/sub/a.yaml", charts));
        assertTrue(KubernetesCollector.inChartTemplates("templates/a.yaml", charts));
        assertTrue(!KubernetesCollector.inChartTemplates("other/templates/a.yaml", Set.of("deploy/chart")));
        assertTrue(!KubernetesCollector.inChartTemplates("deploy/chart/mytemplates/a.yaml", Set.of("deploy/chart")));
    }
}
