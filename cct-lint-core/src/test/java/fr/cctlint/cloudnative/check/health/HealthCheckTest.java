package fr.cctlint.cloudnative.check.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.cloudnative.check.CheckFixtures;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.model.Evidence;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthCheckTest {
    @TempDir
    Path root;

    private final HealthCheck check = new HealthCheck();

    private static final String TWO_CONTAINERS = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              ports:
                - port: 80
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  initContainers:
                    - name: migrate
                      image: registry.example.org/web:1.2.0
                  containers:
                    - name: app
                      image: registry.example.org/web:1.2.0
                      livenessProbe:
                        httpGet: {path: /health/liveness, port: 8080}
                      readinessProbe:
                        httpGet: {path: /health/readiness, port: 8080}
                    - name: sidecar
                      image: registry.example.org/proxy:3.1
                      livenessProbe:
                        tcpSocket: {port: 9000}
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: purge
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      containers:
                        - name: purge
                          image: registry.example.org/web:1.2.0
            """;

    @Test
    void aContainerWithoutReadinessIsReportedAtItsLineAndTheOtherIsEvidence() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("deploy/web.yaml", TWO_CONTAINERS));

        assertEquals(1, result.violations().size(), result.violations().toString());
        Violation v = result.violations().get(0);
        assertEquals(new Evidence("deploy/web.yaml", 26, "- name: sidecar"), v.location());
        assertEquals("cnops.health.noReadiness", v.message().key());
        assertEquals(List.of("sidecar", "Deployment/web"), v.message().args());
        assertEquals(List.of(new Evidence("deploy/web.yaml", 20, "- name: app")), result.checked());
        assertEquals(CheckResult.Outcome.FAILED, result.outcome());
    }

    @Test
    void jobsAndCronJobsAloneAreNotJudged() {
        String job = """
                apiVersion: batch/v1
                kind: Job
                metadata: {name: migrate}
                spec:
                  template:
                    spec:
                      containers:
                        - name: migrate
                          image: registry.example.org/web:1.2.0
                """;
        CheckResult result = CheckFixtures.run(check, root, Map.of("k8s/job.yaml", job));

        assertEquals(CheckResult.Outcome.NOT_APPLICABLE, result.outcome());
    }

    @Test
    void aStatefulSetInAListWithoutAnyProbeIsReported() {
        String list = """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: apps/v1
                    kind: StatefulSet
                    metadata: {name: db}
                    spec:
                      template:
                        spec:
                          containers:
                            - name: postgres
                              image: postgres:16
                """;
        CheckResult result = CheckFixtures.run(check, root, Map.of("k8s/db.yml", list));

        assertEquals(1, result.violations().size());
        assertEquals("cnops.health.noProbes", result.violations().get(0).message().key());
        assertEquals(11, result.violations().get(0).location().line());
    }

    @Test
    void helmTemplatesAreReadWithoutRenderingProbesFromValuesCount() {
        String chart = "apiVersion: v2\nname: web\nversion: 1.0.0\n";
        String template = """
                {{- if .Values.enabled }}
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ include "web.fullname" . }}
                  labels:
                    {{- include "web.labels" . | nindent 4 }}
                spec:
                  replicas: {{ .Values.replicaCount }}
                  template:
                    spec:
                      containers:
                        - name: {{ .Chart.Name }}
                          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                          livenessProbe:
                            {{- toYaml .Values.livenessProbe | nindent 12 }}
                          readinessProbe:
                            {{- toYaml .Values.readinessProbe | nindent 12 }}
                        - name: worker
                          image: "{{ .Values.worker.image }}"
                          {{- with .Values.worker.resources }}
                          resources:
                            {{- toYaml . | nindent 12 }}
                          {{- end }}
                {{- end }}
                """;
        CheckResult result = CheckFixtures.run(check, root, Map.of("chart/Chart.yaml", chart,
                "chart/templates/deployment.yaml", template, "chart/values.yaml", "replicaCount: 1\n"));

        assertEquals(1, result.violations().size(), result.violations().toString());
        Violation worker = result.violations().get(0);
        assertEquals(new Evidence("chart/templates/deployment.yaml", 19, "- name: worker"), worker.location());
        assertEquals("cnops.health.noProbes", worker.message().key());
        assertEquals(13, result.checked().get(0).line());
        assertEquals("- name: {{ .Chart.Name }}", result.checked().get(0).text());
    }

    @Test
    void aTemplateThatIsNotYamlEvenNeutralisedGivesNothingAndNoCrash() {
        String template = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                {{ if .Values.a }}  name: a{{ else }}  name: b{{ end }}
                  x: [unclosed
                """;
        CheckResult result = CheckFixtures.run(check, root, Map.of("chart/Chart.yaml", "name: c\n",
                "chart/templates/d.yaml", template, "k8s/ok.yaml", TWO_CONTAINERS));

        assertEquals(1, result.violations().size());
        assertEquals("k8s/ok.yaml", result.violations().get(0).location().file());
    }

    @Test
    void malformedAndBinaryManifestsDoNotStopTheOthers() {
        Map<String, String> files = Map.of(
                "k8s/broken.yaml", "apiVersion: apps/v1\nkind: Deployment\nspec: [\n",
                "k8s/junk.yaml", "\u0000\u0001\u0002kind: Deployment\u00ff",
                "k8s/web.yaml", TWO_CONTAINERS);
        CheckResult result = CheckFixtures.run(check, root, files);

        assertEquals(List.of("k8s/web.yaml"), result.violations().stream().map(v -> v.location().file()).toList());
    }

    private static String pom(String dependencies) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-starter-parent</artifactId>
                    <version>3.3.4</version>
                  </parent>
                  <groupId>fr.example</groupId>
                  <artifactId>app</artifactId>
                  <version>1.0.0</version>
                  <dependencies>
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter-web</artifactId>
                    </dependency>
                %s
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter-test</artifactId>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                </project>
                """.formatted(dependencies);
    }

    @Test
    void springBootWithoutActuatorIsReportedAtTheFrameworkDependency() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("pom.xml", pom("")));

        assertEquals(1, result.violations().size(), result.violations().toString());
        Violation v = result.violations().get(0);
        assertEquals("pom.xml", v.location().file());
        assertTrue(v.location().line() >= 12 && v.location().line() <= 15, v.location().toString());
        assertEquals("cnops.health.noLibrary", v.message().key());
        assertEquals("Spring Boot", v.message().args().get(0));
        assertTrue(v.message().args().get(2).toString().contains("spring-boot-starter-actuator"));
        assertEquals("health-library:spring-boot:.", v.subject());
    }

    @Test
    void springBootWithActuatorInAnotherModulePasses() {
        String modules = pom("").replace("<dependencies>", "<packaging>pom</packaging><modules><module>web</module>"
                + "</modules><dependencies>");
        String web = """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>fr.example</groupId><artifactId>app</artifactId><version>1.0.0</version></parent>
                  <artifactId>web</artifactId>
                  <dependencies>
                    <dependency>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter-actuator</artifactId>
                    </dependency>
                  </dependencies>
                </project>
                """;
        CheckResult result = CheckFixtures.run(check, root, Map.of("pom.xml", modules, "web/pom.xml", web));

        assertEquals(List.of(), result.violations());
        assertTrue(result.checked().stream().anyMatch(e -> e.file().equals("web/pom.xml")
                && e.text().contains("spring-boot-starter-actuator") || e.file().equals("web/pom.xml")),
                result.checked().toString());
        assertEquals(CheckResult.Outcome.PASSED, result.outcome());
    }

    private static final String EXPRESS = """
            {
              "name": "api",
              "version": "1.0.0",
              "dependencies": {
                "express": "^4.21.2"%s
              },
              "devDependencies": {
                "jest": "^29.0.0"
              }
            }
            """;

    @Test
    void expressWithoutPromClientIsReportedOnTheExpressLine() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("api/package.json", EXPRESS.formatted("")));

        assertEquals(1, result.violations().size());
        assertEquals(new Evidence("api/package.json", 5, "\"express\": \"^4.21.2\""),
                result.violations().get(0).location());
        assertEquals("Node.js web server", result.violations().get(0).message().args().get(0));
    }

    @Test
    void expressWithPromClientPassesAndTwoSideBySideProjectsAreJudgedApart() {
        CheckResult result = CheckFixtures.run(check, root, Map.of(
                "api/package.json", EXPRESS.formatted(",\n    \"prom-client\": \"^15.1.0\""),
                "admin/package.json", EXPRESS.formatted("")));

        assertEquals(List.of("admin/package.json"), result.violations().stream().map(v -> v.location().file()).toList());
        assertTrue(result.checked().stream().anyMatch(e -> e.text().contains("prom-client")));
    }

    @Test
    void composeHealthcheckIsEvidenceButNoSubstituteForMetrics() {
        String compose = """
                services:
                  api:
                    image: registry.example.org/api:1.0.0
                    healthcheck:
                      test: ["CMD", "curl", "-f", "http://localhost:3000/health"]
                """;
        CheckResult result = CheckFixtures.run(check, root, Map.of("docker-compose.yml", compose,
                "package.json", EXPRESS.formatted("")));

        assertEquals(1, result.violations().size());
        assertEquals("package.json", result.violations().get(0).location().file());
        assertTrue(result.checked().stream().anyMatch(e -> e.file().equals("docker-compose.yml")),
                result.checked().toString());
    }

    @Test
    void aPythonFrameworkWithItsPrometheusExporterPasses() {
        CheckResult failing = CheckFixtures.run(check, root.resolve("a"), Map.of("requirements.txt", "Django==5.1.2\n"));
        CheckResult passing = CheckFixtures.run(check, root.resolve("b"),
                Map.of("requirements.txt", "Django==5.1.2\ndjango_prometheus==2.3.1\n"));

        assertEquals(1, failing.violations().size());
        assertEquals(1, failing.violations().get(0).location().line());
        assertEquals(CheckResult.Outcome.PASSED, passing.outcome());
    }
}
