package fr.cctlint.cloudnative.check.image;

import fr.cctlint.cloudnative.check.CheckFixtures;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Evidence;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootlessCheckTest {
    private final RootlessCheck check = new RootlessCheck();

    @TempDir
    Path root;

    private List<String> subjects(CheckResult result) {
        return result.violations().stream().map(Violation::subject).sorted().toList();
    }

    private Violation violation(CheckResult result, String subject) {
        return result.violations().stream().filter(v -> v.subject().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    void finalStageWithoutUserRunsAsRoot() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("Dockerfile", """
                FROM eclipse-temurin:21-jre AS build
                USER builder
                FROM eclipse-temurin:21-jre
                COPY app.jar /app.jar
                """));
        Violation v = violation(result, "Dockerfile:final-stage-user");
        assertEquals(new Evidence("Dockerfile", 3, "FROM eclipse-temurin:21-jre"), v.location());
        String text = Messages.english().render(v.message());
        assertTrue(text.contains("sets no USER") && text.contains("USER 10001") && !text.contains("EX32"), text);
        assertTrue(Messages.french().render(v.message()).contains("ne définit pas de USER"));
    }

    @Test
    void userOfTheStageTheFinalStageIsBuiltOnCounts() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("Dockerfile", """
                FROM ubuntu:24.04 AS base
                RUN useradd -u 10001 app
                USER 10001:10001
                EXPOSE 8080
                FROM base
                COPY app /app
                """));
        assertEquals(CheckResult.Outcome.PASSED, result.outcome(), result.violations().toString());
        assertEquals(List.of(new Evidence("Dockerfile", 3, "USER 10001:10001"), new Evidence("Dockerfile", 4, "EXPOSE 8080")),
                result.checked());
    }

    @Test
    void rootUsersAndLowPortsAreViolationsAtTheirLines() {
        CheckResult result = CheckFixtures.run(check, root, Map.of(
                "a/Dockerfile", "FROM debian:13\nUSER app\nUSER root\nEXPOSE 80 8443/tcp\n",
                "b/Dockerfile", "FROM debian:13\nUSER 0:0\n",
                "c/Dockerfile", "FROM debian:13\nARG UID=0\nUSER ${UID}\n",
                "d/Dockerfile", "FROM --platform=$BUILDPLATFORM debian:13\nENV APP_UID=10001\nUSER $APP_UID\n"));
        assertEquals(List.of("a/Dockerfile:expose:80/tcp", "a/Dockerfile:final-stage-user",
                "b/Dockerfile:final-stage-user", "c/Dockerfile:final-stage-user"), subjects(result));
        assertEquals(new Evidence("a/Dockerfile", 3, "USER root"), violation(result, "a/Dockerfile:final-stage-user").location());
        assertEquals(new Evidence("a/Dockerfile", 4, "EXPOSE 80 8443/tcp"),
                violation(result, "a/Dockerfile:expose:80/tcp").location());
        assertTrue(result.checked().contains(new Evidence("d/Dockerfile", 3, "USER $APP_UID")), result.checked().toString());
        assertTrue(result.checked().contains(new Evidence("a/Dockerfile", 4, "EXPOSE 80 8443/tcp")));
    }

    @Test
    void baseImagesThatSetANonRootUserNeedNoUser() {
        CheckResult result = CheckFixtures.run(check, root, Map.of(
                "Dockerfile", "FROM maven:3.9 AS build\nFROM gcr.io/distroless/java21-debian12:nonroot\nCOPY --from=build /a.jar /a.jar\n",
                "scratch/Dockerfile", "FROM scratch\nCOPY app /app\nEXPOSE 443\n"));
        assertEquals(List.of("scratch/Dockerfile:expose:443", "scratch/Dockerfile:final-stage-user"), subjects(result));
        assertTrue(result.checked().contains(new Evidence("Dockerfile", 2, "FROM gcr.io/distroless/java21-debian12:nonroot")));
    }

    @Test
    void composeUsersPrivilegesAndTargetPorts() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("docker-compose.yml", """
                x-common: &common
                  user: "0:0"
                services:
                  web:
                    image: nginx:1.27
                    ports:
                      - "8080:80"
                      - "127.0.0.1:9443:8443/tcp"
                  api:
                    build: .
                    user: "10001"
                    ports:
                      - "80:8080"
                      - target: 443
                        published: 8443
                    expose:
                      - "22"
                  tool:
                    <<: *common
                    image: busybox:1.36
                    privileged: true
                  other:
                    image: postgres:16
                    user: ${PG_USER}
                """, "Dockerfile", "FROM eclipse-temurin:21-jre\nUSER 10001\n"));
        assertEquals(List.of("docker-compose.yml:service/api:port:22", "docker-compose.yml:service/api:port:443",
                "docker-compose.yml:service/tool:privileged", "docker-compose.yml:service/tool:user",
                "docker-compose.yml:service/web:port:80"), subjects(result));
        assertEquals(new Evidence("docker-compose.yml", 7, "- \"8080:80\""),
                violation(result, "docker-compose.yml:service/web:port:80").location());
        assertEquals(new Evidence("docker-compose.yml", 14, "- target: 443"),
                violation(result, "docker-compose.yml:service/api:port:443").location());
        assertEquals(new Evidence("docker-compose.yml", 2, "user: \"0:0\""),
                violation(result, "docker-compose.yml:service/tool:user").location());
        assertEquals("nginx", violation(result, "docker-compose.yml:service/web:port:80").component().name());
        assertTrue(result.checked().contains(new Evidence("docker-compose.yml", 13, "- \"80:8080\"")));
        assertTrue(result.checked().contains(new Evidence("docker-compose.yml", 11, "user: \"10001\"")));
    }

    @Test
    void kubernetesContainerSettingsOverridePodSettings() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("k8s/app.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: api
                spec:
                  ports:
                    - port: 80
                      targetPort: 8080
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                spec:
                  template:
                    spec:
                      securityContext:
                        runAsNonRoot: true
                        runAsUser: 10001
                      initContainers:
                        - name: sysctl
                          image: busybox:1.36
                          securityContext:
                            privileged: true
                            runAsUser: 0
                      containers:
                        - name: api
                          image: eclipse-temurin:21-jre
                          ports:
                            - containerPort: 8080
                        - name: proxy
                          image: nginx:1.27
                          securityContext:
                            runAsNonRoot: false
                          ports:
                            - containerPort: 80
                ---
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: purge
                spec:
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          containers:
                            - name: purge
                              image: postgres:16
                """));
        assertEquals(List.of("k8s/app.yaml:Deployment/api/proxy:port:80", "k8s/app.yaml:Deployment/api/proxy:runAsNonRoot",
                "k8s/app.yaml:Deployment/api/sysctl:privileged", "k8s/app.yaml:Deployment/api/sysctl:runAsUser"),
                subjects(result));
        assertEquals(new Evidence("k8s/app.yaml", 25, "runAsUser: 0"),
                violation(result, "k8s/app.yaml:Deployment/api/sysctl:runAsUser").location());
        assertEquals(new Evidence("k8s/app.yaml", 34, "runAsNonRoot: false"),
                violation(result, "k8s/app.yaml:Deployment/api/proxy:runAsNonRoot").location());
        assertEquals("nginx", violation(result, "k8s/app.yaml:Deployment/api/proxy:port:80").component().name());
        assertTrue(result.checked().contains(new Evidence("k8s/app.yaml", 18, "runAsNonRoot: true")));
        assertTrue(result.checked().contains(new Evidence("k8s/app.yaml", 30, "- containerPort: 8080")));
        String text = Messages.english().render(violation(result, "k8s/app.yaml:Deployment/api/sysctl:runAsUser").message());
        assertTrue(text.contains("sysctl") && text.contains("Deployment/api"), text);
    }

    @Test
    void helmTemplatesAndBrokenFilesNeverStopTheCheck() {
        CheckResult result = CheckFixtures.run(check, root, Map.of(
                "chart/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n",
                "chart/values.yaml", "image:\n  repository: nginx\n  tag: 1.27\n",
                "chart/templates/deployment.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: {{ .Release.Name }}
                        spec:
                          template:
                            spec:
                              securityContext:
                                {{- toYaml .Values.podSecurityContext | nindent 8 }}
                              containers:
                                - image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                                  ports:
                                    - containerPort: {{ .Values.port }}
                        """,
                "broken/Dockerfile", "USER root\n\u0000\u0001 FROM",
                "bad/compose.yaml", "services:\n  web:\n    user: [unclosed\n",
                "k8s/bad.yaml", "apiVersion: v1\nkind: Pod\nspec: {containers: [\n",
                "ok/Dockerfile", "FROM debian:13\nUSER root\n"));
        assertEquals(List.of("ok/Dockerfile:final-stage-user"), subjects(result));
    }

    @Test
    void nothingToJudgeIsNotApplicable() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("pom.xml", "<project/>\n",
                "compose.yaml", "services:\n  db:\n    image: postgres:16\n"));
        assertEquals(CheckResult.Outcome.NOT_APPLICABLE, result.outcome());
        assertFalse(result.outcome() == CheckResult.Outcome.FAILED);
    }
}
