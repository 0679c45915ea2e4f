package fr.cctlint.collect.docker;

import static fr.cctlint.collect.docker.DockerFixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fr.cctlint.collect.Collection;
import fr.cctlint.collect.SourceText;
import fr.cctlint.model.Component;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The Dockerfile collector on fixture Dockerfiles: each fact a reviewer (or a later check) relies on. */
class DockerfileCollectorTest {
    private final DockerfileCollector collector = new DockerfileCollector();

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("multistage-java", List.of(
                        "L4 build-stage-image BUILD pkg:docker/library/maven@3.9-eclipse-temurin-21 stage=build",
                        "L11 final-stage-image RUNTIME pkg:docker/library/eclipse-temurin@21-jre stage=1 user=1001"
                                + " userLine=20 exposedPorts=8080/tcp exposedPortLines=21",
                        "L14 image-os-package RUNTIME pkg:deb/ubuntu/curl@7.81.0-1ubuntu1.16 stage=1",
                        "L16 image-os-package RUNTIME pkg:deb/ubuntu/fontconfig stage=1", // the comment line is dropped
                        "L17 image-os-package RUNTIME pkg:deb/ubuntu/tini stage=1")),
                Arguments.of("arg-default", List.of(
                        "L2 final-stage-image RUNTIME pkg:docker/library/eclipse-temurin@21-jre stage=0")),
                Arguments.of("arg-unresolved", List.of(
                        "L3 build-stage-image BUILD name=$BUILDER_IMAGE stage=build imageExpression=$BUILDER_IMAGE",
                        "L6 final-stage-image RUNTIME pkg:docker/library/eclipse-temurin stage=1"
                                + " versionExpression=eclipse-temurin:${JAVA_VERSION}-jre")),
                Arguments.of("platform-digest", List.of(
                        "L1 build-stage-image BUILD pkg:docker/library/golang@1.22 stage=build"
                                + " digest=sha256:0f7f2dbd2d2a9d2a4d0b5a3cd49e2ba2b8e1b1fd53d1e0f4bbd1ad1e3b1c2d3e"
                                + " platform=$BUILDPLATFORM",
                        "L5 final-stage-image RUNTIME pkg:docker/distroless/static-debian12"
                                + "@sha256%3A6d31326376a7834b106f281b04f67b5d015c31732f594930f2ea81365f99d60c"
                                + "?repository_url=gcr.io%2Fdistroless%2Fstatic-debian12 stage=1 user=nonroot:nonroot"
                                + " userLine=7 digest=sha256:6d31326376a7834b106f281b04f67b5d015c31732f594930f2ea81365f99d60c")),
                Arguments.of("scratch", List.of( // FROM scratch: no image; packages of build stages are not listed
                        "L1 build-stage-image BUILD pkg:docker/library/golang@1.22-alpine stage=build")),
                Arguments.of("stage-chain", List.of( // FROM base: the final image is debian, USER inherited from base
                        "L1 final-stage-image RUNTIME pkg:docker/library/debian@12-slim stage=runtime user=app userLine=4"
                                + " exposedPorts=8080/tcp,8443/tcp,5353/udp exposedPortLines=13,13,13",
                        "L2 image-os-package RUNTIME pkg:deb/debian/ca-certificates stage=base",
                        "L6 build-stage-image BUILD pkg:docker/library/node@20-bookworm stage=assets",
                        "L10 image-os-package RUNTIME pkg:deb/debian/nginx@1.22.1-9 stage=runtime")),
                Arguments.of("alpine-virtual", List.of(
                        "L1 final-stage-image RUNTIME pkg:docker/library/python@3.12-alpine3.19 stage=0 user=nobody userLine=6",
                        "L2 image-os-package BUILD pkg:apk/alpine/gcc stage=0 virtualGroup=.build-deps",
                        "L2 image-os-package BUILD pkg:apk/alpine/musl-dev stage=0 virtualGroup=.build-deps",
                        "L2 image-os-package BUILD pkg:apk/alpine/libffi-dev stage=0 virtualGroup=.build-deps",
                        "L5 image-os-package RUNTIME pkg:apk/alpine/libffi@3.4.4-r3 stage=0",
                        "L5 image-os-package RUNTIME pkg:apk/alpine/tzdata stage=0",
                        "L5 image-os-package RUNTIME pkg:apk/alpine/curl stage=0 versionExpression=>=8.5")),
                Arguments.of("ubi-microdnf", List.of(
                        "L2 final-stage-image RUNTIME pkg:docker/ubi9/ubi-minimal@9.4"
                                + "?repository_url=registry.access.redhat.com%2Fubi9%2Fubi-minimal stage=0 user=185"
                                + " userLine=5 exposedPorts=8443/tcp exposedPortLines=6",
                        "L3 image-os-package RUNTIME pkg:rpm/redhat/java-21-openjdk-headless stage=0",
                        "L3 image-os-package RUNTIME pkg:rpm/redhat/shadow-utils stage=0")),
                Arguments.of("heredoc", List.of( // the COPY heredoc's "FROM evil:latest" is file content
                        "L2 final-stage-image RUNTIME pkg:docker/library/nginx@1.25-bookworm stage=0 user=nginx userLine=13"
                                + " exposedPorts=8080/tcp exposedPortLines=14",
                        "L6 image-os-package RUNTIME pkg:deb/debian/gettext-base stage=0")),
                Arguments.of("escape", List.of( // backtick continuations; C:\ paths are not escapes
                        "L2 build-stage-image BUILD pkg:docker/windows/servercore@ltsc2022"
                                + "?repository_url=mcr.microsoft.com%2Fwindows%2Fservercore stage=build",
                        "L7 final-stage-image RUNTIME pkg:docker/dotnet/aspnet@8.0-nanoserver-ltsc2022"
                                + "?repository_url=mcr.microsoft.com%2Fdotnet%2Faspnet stage=1 user=ContainerUser userLine=9"
                                + " exposedPorts=80/tcp exposedPortLines=10")),
                Arguments.of("broken", List.of( // each bad line is reported, the rest is read
                        "L3 final-stage-image RUNTIME pkg:docker/library/alpine@3.19 stage=ok user=1000 userLine=6",
                        "L4 image-os-package RUNTIME pkg:apk/alpine/curl stage=ok",
                        "P1 docker.fromWithoutImage",
                        "P2 docker.unknownInstruction",
                        "P5 docker.unknownInstruction")),
                Arguments.of("shell-comments", List.of( // lower-case keywords; shell comments install nothing
                        "L1 final-stage-image RUNTIME pkg:docker/library/jetty@11-jre17 stage=0 user=jetty userLine=6",
                        "P5 docker.packageNotRead",
                        "P5 docker.packageNotRead")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsEachFixture(String fixture, List<String> expected) throws Exception {
        try (SourceTree tree = DockerFixtures.tree("docker", fixture)) {
            assertEquals(expected, summary(collector.collect(tree, tree.files())));
        }
    }

    @Test
    void evidenceQuotesTheInstructionAndNamesTheFile() throws Exception {
        try (SourceTree tree = DockerFixtures.tree("docker", "multistage-java")) {
            Collection c = collector.collect(tree, tree.files());
            Component image = c.components().get(1);
            assertEquals("Dockerfile:11", image.primaryEvidence().location());
            assertEquals("FROM eclipse-temurin:21-jre", image.primaryEvidence().text());
            assertEquals("Dockerfile", image.property(DockerfileParser.DOCKERFILE));
            assertEquals("eclipse-temurin", image.name());
            assertEquals("21-jre", image.version());
            assertEquals("curl=7.81.0-1ubuntu1.16 \\", c.components().get(2).primaryEvidence().text());
            assertEquals("apt-get", c.components().get(2).property(DockerfileParser.PACKAGE_MANAGER));
        }
    }

    @Test
    void problemsRenderWithTheirArguments() throws Exception {
        try (SourceTree tree = DockerFixtures.tree("docker", "shell-comments")) {
            assertEquals(List.of(
                    "the package argument $EXTRA_PACKAGES is a variable or a pattern: the packages it installs are not listed",
                    "the package argument php8.2-* is a variable or a pattern: the packages it installs are not listed"),
                    DockerFixtures.problemTexts(collector.collect(tree, tree.files())));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "Dockerfile, true", "app/Dockerfile, true", "Containerfile, true", "deploy/api.dockerfile, true",
            "Dockerfile.prod, true", "docker/Dockerfile.bauhaus, true", "dockerfile, true", "Dev.Dockerfile, true",
            "Dockerfile.dockerignore, false", ".dockerignore, false", "docs/Dockerfile.md.txt, true",
            "DockerfileGenerator.java, false", "docker-compose.yml, false"})
    void claimsDockerfilesByName(String path, boolean claimed) {
        assertEquals(claimed, collector.claims(path));
    }

    static Stream<Arguments> inline() {
        return Stream.of(
                Arguments.of("empty file", "", List.of("P0 docker.noFrom")),
                Arguments.of("comments only", "# nothing here\n\n", List.of("P0 docker.noFrom")),
                Arguments.of("instruction before FROM", "RUN echo hi\nFROM alpine:3.20\n", List.of(
                        "L2 final-stage-image RUNTIME pkg:docker/library/alpine@3.20 stage=0", "P1 docker.beforeFrom")),
                Arguments.of("unclosed heredoc", "FROM debian:12\nRUN <<EOT\napt-get install -y curl\n", List.of(
                        "L1 final-stage-image RUNTIME pkg:docker/library/debian@12 stage=0",
                        "L3 image-os-package RUNTIME pkg:deb/debian/curl stage=0", "P2 docker.unclosedHeredoc")),
                Arguments.of("bad escape directive", "# escape=x\nFROM debian:12\n", List.of(
                        "L2 final-stage-image RUNTIME pkg:docker/library/debian@12 stage=0", "P1 docker.invalidEscape")),
                Arguments.of("FROM with extra words: no image is guessed", "FROM debian:12 builder\n",
                        List.of("P1 docker.invalidFrom")),
                Arguments.of("invalid image", "FROM Debian 12 AS x\nFROM debian::12\n", List.of(
                        "P1 docker.invalidFrom", "P2 docker.invalidImage")),
                Arguments.of("exec-form RUN and removal", """
                        FROM ubuntu:24.04
                        RUN ["apt-get", "install", "-y", "build-essential", "libpq5=16.2-1"]
                        RUN ["/bin/sh", "-c", "apt-get purge -y build-essential"]
                        USER 0
                        """, List.of(
                        "L1 final-stage-image RUNTIME pkg:docker/library/ubuntu@24.04 stage=0 user=0 userLine=4",
                        "L2 image-os-package BUILD pkg:deb/ubuntu/build-essential stage=0",
                        "L2 image-os-package RUNTIME pkg:deb/ubuntu/libpq5@16.2-1 stage=0")),
                Arguments.of("same image twice", """
                        FROM postgres:16-alpine AS schema
                        RUN echo build
                        FROM postgres:16-alpine
                        EXPOSE 5432
                        """, List.of("L3 final-stage-image RUNTIME pkg:docker/library/postgres@16-alpine stage=1"
                        + " exposedPorts=5432/tcp exposedPortLines=4")),
                Arguments.of("ENV and ARG in USER, EXPOSE and COPY --from", """
                        ARG VERSION=3.20
                        FROM alpine:${VERSION}
                        ARG VERSION
                        ENV APP_UID=10001 PORT=8080
                        COPY --from=busybox:1.36 /bin/busybox /bin/busybox
                        COPY --from=0 /x /y
                        USER ${APP_UID}
                        EXPOSE ${PORT} $UNKNOWN
                        """, List.of(
                        "L2 final-stage-image RUNTIME pkg:docker/library/alpine@3.20 stage=0 user=10001 userLine=7"
                                + " exposedPorts=8080/tcp,$UNKNOWN exposedPortLines=8,8",
                        "L5 build-stage-image BUILD pkg:docker/library/busybox@1.36 stage=0")),
                Arguments.of("hostile nesting", "FROM " + "${A:-".repeat(5000) + "alpine" + "}".repeat(5000) + "\n",
                        List.of("L1 final-stage-image RUNTIME name=" + "${A:-".repeat(5000) + "alpine" + "}".repeat(5000)
                                + " stage=0 imageExpression=" + "${A:-".repeat(5000) + "alpine" + "}".repeat(5000))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inline")
    void readsTrickyAndBrokenInput(String name, String dockerfile, List<String> expected) {
        assertEquals(expected, summary(DockerfileParser.parse(SourceText.of("Dockerfile", dockerfile))));
    }

    @Test
    void aFileThatIsNotUtf8IsAProblemAndTheOthersAreStillRead() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = fs.getPath("/project");
            Files.createDirectories(root.resolve("legacy"));
            Files.write(root.resolve("legacy/Dockerfile"), new byte[] {'F', 'R', 'O', 'M', ' ', 'd', (byte) 0xE9, '\n'});
            Files.writeString(root.resolve("Dockerfile"), "FROM nginx:1.27\n", StandardCharsets.UTF_8);
            try (SourceTree tree = PathSourceTree.open(root, "/project")) {
                Collection c = collector.collect(tree, tree.files().stream().filter(collector::claims).toList());
                assertEquals(List.of("L1 final-stage-image RUNTIME pkg:docker/library/nginx@1.27 stage=0",
                        "P1 collect.notUtf8"), summary(c));
                assertEquals("legacy/Dockerfile", c.problems().get(0).file());
            }
        }
    }

    @Test
    void aLargeDockerfileIsReadInFull() {
        StringBuilder sb = new StringBuilder("FROM debian:12\nRUN apt-get install -y \\\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("    pkg").append(i).append(" \\\n");
        }
        sb.append("    last\n");
        Collection c = DockerfileParser.parse(SourceText.of("Dockerfile", sb.toString()));
        assertEquals(20_002, c.components().size());
        assertTrue(c.problems().isEmpty());
        assertEquals(20_003, c.components().get(20_001).primaryEvidence().line());
    }
}
