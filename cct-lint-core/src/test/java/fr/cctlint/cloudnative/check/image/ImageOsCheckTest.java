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

class ImageOsCheckTest {
    private final ImageOsCheck check = new ImageOsCheck();

    @TempDir
    Path root;

    @Test
    void alpineFinalStageIsAViolationAtItsFromLine() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("Dockerfile", """
                FROM node:22-alpine
                WORKDIR /app
                USER node
                """));
        assertEquals(CheckResult.Outcome.FAILED, result.outcome());
        Violation v = result.violations().get(0);
        assertEquals(new Evidence("Dockerfile", 1, "FROM node:22-alpine"), v.location());
        assertEquals("Dockerfile:final-stage-os", v.subject());
        String text = Messages.english().render(v.message());
        assertTrue(text.contains("node:22-alpine") && text.contains("Alpine Linux") && text.contains("Debian stable"),
                text);
        assertTrue(!text.contains("EX29"), text);
        assertTrue(Messages.french().render(v.message()).contains("repose sur Alpine Linux"));
        assertEquals("node", v.component().name());
    }

    @Test
    void multiStageFollowsStageReferencesAndIgnoresBuildImages() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("Dockerfile", """
                FROM maven:3.9-eclipse-temurin-21-alpine AS build
                RUN mvn package
                FROM --platform=linux/amd64 eclipse-temurin:21-jre-noble AS base
                RUN useradd app
                FROM base
                COPY --from=build /target/app.jar /app.jar
                USER app
                """));
        assertEquals(CheckResult.Outcome.PASSED, result.outcome(), result.violations().toString());
        assertEquals(List.of(new Evidence("Dockerfile", 3, "FROM --platform=linux/amd64 eclipse-temurin:21-jre-noble AS base")),
                result.checked());
    }

    @Test
    void argSubstitutedImagesAreResolvedAndUnresolvedTagsJudgedOnTheirLiteralText() {
        CheckResult result = CheckFixtures.run(check, root, Map.of(
                "api/Dockerfile", """
                        ARG BASE=ubuntu:23.10
                        FROM ${BASE}
                        USER 1000
                        """,
                "ui/Dockerfile", """
                        ARG NODE_VERSION
                        FROM node:${NODE_VERSION}-alpine
                        """,
                "worker/Dockerfile", """
                        ARG NODE_VERSION
                        FROM node:${NODE_VERSION}
                        """,
                "tool/Dockerfile", """
                        ARG IMAGE
                        FROM ${IMAGE}
                        """));
        assertEquals(List.of("api/Dockerfile:final-stage-os", "ui/Dockerfile:final-stage-os"),
                result.violations().stream().map(Violation::subject).sorted().toList());
        String api = Messages.english().render(result.violations().stream()
                .filter(v -> v.subject().startsWith("api")).findFirst().orElseThrow().message());
        assertTrue(api.contains("ubuntu:23.10") && api.contains("not a long-term-support line"), api);
        assertTrue(result.checked().isEmpty(), "node:${NODE_VERSION} and ${IMAGE} are not judged");
    }

    @Test
    void latestAndUntaggedKnownImagesCannotBeJudgedAsLts() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("Dockerfile", "FROM ubuntu\nUSER 1000\n",
                "compose.yaml", """
                        services:
                          web:
                            image: nginx:latest
                          store:
                            image: minio/minio
                        """));
        assertEquals(2, result.violations().size());
        assertTrue(result.violations().stream().allMatch(v -> Messages.english().render(v.message())
                .contains("no tag or the latest tag")));
        assertEquals(new Evidence("compose.yaml", 3, "image: nginx:latest"),
                result.violations().stream().filter(v -> v.subject().startsWith("compose")).findFirst().orElseThrow()
                        .location());
    }

    @Test
    void scratchFinalStageHoldsNoOsAndPasses() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("Dockerfile", """
                FROM golang:1.23-alpine AS build
                RUN go build -o /app
                FROM scratch
                COPY --from=build /app /app
                USER 65534
                """));
        assertEquals(CheckResult.Outcome.PASSED, result.outcome());
        assertEquals(List.of(new Evidence("Dockerfile", 3, "FROM scratch")), result.checked());
    }

    @Test
    void operatedImagesOfComposeKubernetesAndHelmAreJudged() {
        CheckResult result = CheckFixtures.run(check, root, Map.of(
                "docker-compose.yml", """
                        services:
                          db:
                            image: postgres:16-alpine
                          proxy:
                            image: nginx:1.27
                          app:
                            build: .
                            image: registry.example.org/team/app:1.0
                        """,
                "Dockerfile", "FROM eclipse-temurin:21-jre\nUSER 1000\n",
                "docker-compose.test.yml", """
                        services:
                          fake-smtp:
                            image: mailhog/mailhog:latest
                          e2e-db:
                            image: postgres:16-alpine
                        """,
                "k8s/app.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: api
                        spec:
                          template:
                            spec:
                              containers:
                                - name: api
                                  image: registry.access.redhat.com/ubi9/ubi-minimal:9.4
                                - name: cache
                                  image: redis:7.4-alpine
                        ---
                        apiVersion: v1
                        kind: Service
                        metadata:
                          name: api
                        spec:
                          ports:
                            - port: 80
                        """,
                "chart/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n",
                "chart/values.yaml", """
                        image:
                          repository: registry.example.org/team/app
                          tag: 1.0.0
                        proxy:
                          image:
                            repository: debian
                            tag: bullseye-slim
                        """,
                "chart/templates/deployment.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: {{ .Release.Name }}
                        spec:
                          template:
                            spec:
                              containers:
                                - image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                        """));
        List<String> subjects = result.violations().stream().map(Violation::subject).sorted().toList();
        assertEquals(List.of("chart/values.yaml:image-os:debian", "docker-compose.yml:image-os:postgres",
                "k8s/app.yaml:image-os:redis"), subjects);
        assertTrue(result.checked().contains(new Evidence("docker-compose.yml", 5, "image: nginx:1.27")));
        assertTrue(result.checked().contains(new Evidence("k8s/app.yaml", 10,
                "image: registry.access.redhat.com/ubi9/ubi-minimal:9.4")));
        assertTrue(result.checked().contains(new Evidence("Dockerfile", 1, "FROM eclipse-temurin:21-jre")));
    }

    @Test
    void unknownImagesAloneAreNotApplicable() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("compose.yaml", """
                services:
                  store:
                    image: minio/minio:RELEASE.2024-01-01T00-00-00Z
                """));
        assertEquals(CheckResult.Outcome.NOT_APPLICABLE, result.outcome());
    }

    @Test
    void brokenFilesNeverStopTheCheck() {
        CheckResult result = CheckFixtures.run(check, root, Map.of(
                "broken/Dockerfile", "RUN echo no from\nFROM\n\u0000\u0001",
                "bad/compose.yaml", "services:\n  web:\n    image: [unclosed\n",
                "k8s/bad.yaml", "apiVersion: v1\nkind: Pod\nspec: {containers: [\n",
                "Dockerfile.prod", "FROM python:3.12-alpine\n"));
        assertEquals(List.of("Dockerfile.prod:final-stage-os"),
                result.violations().stream().map(Violation::subject).toList());
    }
}
