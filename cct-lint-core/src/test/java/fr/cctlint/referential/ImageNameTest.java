package fr.cctlint.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageNameTest {

    static Stream<Arguments> references() {
        return Stream.of(
                Arguments.of("postgres", "docker.io", "postgres", null, null, null),
                Arguments.of("postgres:16-alpine", "docker.io", "postgres", "16-alpine", null, "16"),
                Arguments.of("docker.io/library/postgres:16-alpine@sha256:4aea012537edfad80f98d870a36e6b90b4c09b27be7f4b4759d72db863baeebb",
                        "docker.io", "postgres", "16-alpine",
                        "sha256:4aea012537edfad80f98d870a36e6b90b4c09b27be7f4b4759d72db863baeebb", "16"),
                Arguments.of("index.docker.io/library/postgres", "docker.io", "postgres", null, null, null),
                Arguments.of("bitnami/postgresql:16.2.0-debian-12-r5", "docker.io", "bitnami/postgresql",
                        "16.2.0-debian-12-r5", null, "16.2.0"),
                Arguments.of("quay.io/keycloak/keycloak:24.0", "quay.io", "keycloak/keycloak", "24.0", null, "24.0"),
                Arguments.of("registry.access.redhat.com/ubi9/ubi-minimal:9.4", "registry.access.redhat.com",
                        "ubi9/ubi-minimal", "9.4", null, "9.4"),
                Arguments.of("container-registry.oracle.com/database/enterprise:19.3.0.0",
                        "container-registry.oracle.com", "database/enterprise", "19.3.0.0", null, "19.3.0.0"),
                Arguments.of("localhost:5000/team/app", "localhost:5000", "team/app", null, null, null),
                Arguments.of("eclipse-temurin:21-jre", "docker.io", "eclipse-temurin", "21-jre", null, "21"),
                Arguments.of("openjdk:8u342-jre", "docker.io", "openjdk", "8u342-jre", null, "8"),
                Arguments.of("traefik:v2.11", "docker.io", "traefik", "v2.11", null, "2.11"),
                Arguments.of("nginx:latest", "docker.io", "nginx", "latest", null, null),
                Arguments.of("  Bitnami/PostgreSQL:16  ", "docker.io", "bitnami/postgresql", "16", null, "16"),
                // Harbor's default project is also called "library": only Docker Hub loses the prefix
                Arguments.of("harbor.example.org/library/myapp:1.0", "harbor.example.org", "library/myapp", "1.0",
                        null, "1.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void splitsAReferenceIntoRegistryRepositoryTagAndVersion(String reference, String registry, String repository,
            String tag, String digest, String version) {
        ImageName image = ImageName.parse(reference).orElseThrow();
        assertEquals(registry, image.registry());
        assertEquals(repository, image.repository());
        assertEquals(tag, image.tag());
        assertEquals(digest, image.digest());
        assertEquals(version, image.version());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "${IMAGE}", "${REGISTRY}/app:${TAG}", "postgres:", "a//b", "has space",
        "postgres:16 AS build", "@sha256:abc", "postgres@", "\"postgres\"", "/postgres"})
    void refusesWhatIsNotAPlainReference(String reference) {
        assertEquals(Optional.empty(), ImageName.parse(reference));
    }

    @Test
    void refusesNull() {
        assertEquals(Optional.empty(), ImageName.parse(null));
    }

    static Stream<Arguments> lookups() {
        return Stream.of(
                Arguments.of("postgres:16", List.of("postgres")),
                Arguments.of("harbor.example.org/proxy/bitnami/postgresql:16",
                        List.of("proxy/bitnami/postgresql", "bitnami/postgresql")),
                Arguments.of("mirror.example.org/dockerhub/library/postgres",
                        List.of("dockerhub/library/postgres", "library/postgres", "postgres")),
                Arguments.of("mycorp/postgres:16", List.of("mycorp/postgres")),
                Arguments.of("ghcr.io/acme/tools/redis-exporter", List.of("acme/tools/redis-exporter",
                        "tools/redis-exporter")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookups")
    void triesMirroredPathsButNeverALoneLastSegment(String reference, List<String> keys) {
        assertEquals(keys, ImageName.parse(reference).orElseThrow().lookupKeys());
    }

    @Test
    void selectorKeysDropRegistryAndOfficialPrefix() {
        assertEquals("keycloak/keycloak", ImageName.selectorKey("quay.io/keycloak/keycloak"));
        assertEquals("postgres", ImageName.selectorKey("library/postgres"));
        assertEquals("postgres", ImageName.selectorKey("docker.io/library/postgres"));
        assertEquals("bitnami/postgresql", ImageName.selectorKey(" Bitnami/PostgreSQL "));
        assertEquals("ubi9/*", ImageName.selectorKey("ubi9/*"));
    }

    @Test
    void tagVersionIsTheLeadingNumber() {
        assertEquals("9.0", ImageName.versionOfTag("9.0-jdk17-temurin"));
        assertEquals("3.9", ImageName.versionOfTag("3.9-eclipse-temurin-21"));
        assertEquals(null, ImageName.versionOfTag("alpine"));
        assertEquals(null, ImageName.versionOfTag("bookworm-slim"));
        assertEquals(null, ImageName.versionOfTag(null));
        assertTrue(ImageName.parse("postgres:16").orElseThrow().withTag("15").reference().endsWith(":15"));
    }
}
