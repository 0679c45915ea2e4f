package fr.cctlint.cloudnative.check.image;

import fr.cctlint.cloudnative.check.CheckFixtures;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Evidence;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CN032 on the values files of Helm charts. */
class HelmValuesRootlessTest {
    private static final String CHART = "apiVersion: v2\nname: shop\nversion: 1.0.0\nappVersion: \"2.3.0\"\n";

    private final RootlessCheck check = new RootlessCheck();

    @TempDir
    Path root;

    private static List<String> subjects(CheckResult result) {
        return result.violations().stream().map(Violation::subject).sorted().toList();
    }

    private static Violation violation(CheckResult result, String subject) {
        return result.violations().stream().filter(v -> v.subject().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    void rootUserAndRootAllowedAreViolationsAtTheirLines() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("chart/Chart.yaml", CHART, "chart/values.yaml", """
                image:
                  repository: registry.example.org/shop
                  tag: "2.3.0"
                podSecurityContext:
                  runAsNonRoot: false
                  fsGroup: 2000
                securityContext:
                  runAsUser: 0
                  readOnlyRootFilesystem: true
                service:
                  port: 80
                """));
        assertEquals(List.of("chart/values.yaml:podSecurityContext.runAsNonRoot",
                "chart/values.yaml:securityContext.runAsUser"), subjects(result));
        Violation user = violation(result, "chart/values.yaml:securityContext.runAsUser");
        assertEquals(new Evidence("chart/values.yaml", 8, "runAsUser: 0"), user.location());
        assertEquals(new Evidence("chart/values.yaml", 5, "runAsNonRoot: false"),
                violation(result, "chart/values.yaml:podSecurityContext.runAsNonRoot").location());
        String english = Messages.english().render(user.message());
        assertTrue(english.contains("securityContext.runAsUser") && english.contains("root") && !english.contains("EX32"),
                english);
        String french = Messages.french().render(violation(result, "chart/values.yaml:podSecurityContext.runAsNonRoot")
                .message());
        assertTrue(french.contains("podSecurityContext.runAsNonRoot") && french.contains("non root"), french);
    }

    @Test
    void passingSettingsAreCheckedEvidence() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("Chart.yaml", CHART, "values.yaml", """
                podSecurityContext:
                  runAsNonRoot: true
                securityContext:
                  runAsUser: 1001
                  privileged: false
                  allowPrivilegeEscalation: true
                containerPort: 8080
                """));
        assertEquals(CheckResult.Outcome.PASSED, result.outcome(), result.violations().toString());
        assertEquals(List.of(new Evidence("values.yaml", 2, "runAsNonRoot: true"),
                new Evidence("values.yaml", 4, "runAsUser: 1001"), new Evidence("values.yaml", 7, "containerPort: 8080")),
                result.checked());
    }

    @Test
    void nestedComponentsAndOtherValuesFilesOfTheChart() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("deploy/helm/Chart.yaml", CHART,
                "deploy/helm/values.yaml", """
                api:
                  image: registry.example.org/shop-api:2.3.0
                  containerSecurityContext:
                    privileged: true
                  containerPort: 80
                workers:
                  - name: mailer
                    securityContext:
                      runAsUser: "0"
                """, "deploy/helm/values-prod.yaml", """
                api:
                  securityContext: {runAsUser: 0}
                """));
        assertEquals(List.of("deploy/helm/values-prod.yaml:api.securityContext.runAsUser",
                "deploy/helm/values.yaml:api.containerPort", "deploy/helm/values.yaml:api.containerSecurityContext.privileged",
                "deploy/helm/values.yaml:workers[0].securityContext.runAsUser"), subjects(result));
        assertEquals(new Evidence("deploy/helm/values.yaml", 4, "privileged: true"),
                violation(result, "deploy/helm/values.yaml:api.containerSecurityContext.privileged").location());
        assertTrue(Messages.english().render(violation(result, "deploy/helm/values.yaml:api.containerPort").message())
                .contains("port 80"));
    }

    /** A values.yaml with no Chart.yaml beside it configures someone else's chart: not the project's containers. */
    @Test
    void valuesWithoutAChartAreNotJudged() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("ops/values.yaml",
                "securityContext:\n  runAsUser: 0\n", "ops/values-prod.yaml", "securityContext:\n  privileged: true\n"));
        assertEquals(CheckResult.Outcome.NOT_APPLICABLE, result.outcome(), result.violations().toString());
    }

    @Test
    void templatesAndBrokenValuesNeverCrash() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("Chart.yaml", CHART,
                "values.yaml", "securityContext:\n  runAsUser: {{ .Values.uid }}\n  privileged: [unclosed\n",
                "values-dev.yaml", "securityContext:\n  runAsUser: \"{{ .Values.uid }}\"\n  runAsNonRoot: maybe\n",
                "templates/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                spec:
                  template:
                    spec:
                      securityContext:
                        runAsUser: {{ .Values.securityContext.runAsUser }}
                      containers:
                        - name: app
                          image: "{{ .Values.image.repository }}"
                """));
        assertEquals(List.of(), result.violations());
        assertEquals(List.of(), result.checked());
        assertEquals(List.of(), result.problems(), "the Helm collector already reports the broken values.yaml");
    }
}
