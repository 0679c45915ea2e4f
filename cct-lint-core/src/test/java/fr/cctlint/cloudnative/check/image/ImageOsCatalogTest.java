package fr.cctlint.cloudnative.check.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.SourceText;
import fr.cctlint.referential.ImageName;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageOsCatalogTest {
    private static final ImageOsCatalog CATALOG = ImageOsCatalogLoader.bundled();

    @Test
    void bundledDataIsComplete() {
        assertEquals("2026-11-01", CATALOG.asOf());
        for (OsLine line : CATALOG.lines().values()) {
            assertFalse(line.name().isBlank(), line.id());
            if (line.verdict() == OsLine.Verdict.FAIL) {
                assertTrue(ImageOsCatalogLoader.REASONS.contains(line.reason()), line.id());
                assertNotNull(line.instead(), line.id());
                for (Locale locale : new Locale[] {Locale.ROOT, Locale.FRENCH}) {
                    ResourceBundle bundle = ResourceBundle.getBundle("fr.cctlint.i18n.cncontainer", locale);
                    assertTrue(bundle.containsKey("cncontainer.os.reason." + line.reason()), line.reason());
                }
            }
        }
        for (ImageOsCatalog.Rule rule : CATALOG.rules()) {
            assertTrue(CATALOG.lines().containsKey(rule.line()), "rule at line " + rule.dataLine());
        }
        assertFalse(CATALOG.nonRootImages().isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "alpine:3.20, alpine",
        "node:24-alpine, alpine",
        "postgres:16.8-alpine, alpine",
        "redis:5.0-alpine, alpine",
        "python:3.12-alpine3.20, alpine",
        "curlimages/curl:8.10.1, alpine",
        "ubuntu:24.04, ubuntu-24.04",
        "ubuntu:22.04, ubuntu-22.04",
        "ubuntu:noble, ubuntu-24.04",
        "ubuntu:focal-20240530, ubuntu-20.04",
        "ubuntu:23.10, ubuntu-interim",
        "ubuntu:24.10, ubuntu-interim",
        "ubuntu:25.04, ubuntu-interim",
        "ubuntu:18.04, ubuntu-old-lts",
        "ubuntu:latest, undetermined",
        "ubuntu, undetermined",
        "debian:bookworm-slim, debian-12",
        "debian:13, debian-13",
        "debian:12.7, debian-12",
        "debian:bullseye, debian-11",
        "debian:buster, debian-old",
        "debian:sid, debian-testing",
        "debian:testing-slim, debian-testing",
        "debian:stable-slim, debian-13",
        "eclipse-temurin:21-jre, ubuntu-lts",
        "eclipse-temurin:25.0.3_9-jre-jammy, ubuntu-22.04",
        "eclipse-temurin:21-jre-ubi9-minimal, enterprise-linux",
        "eclipse-temurin:21-jre-alpine, alpine",
        "node:22, debian-stable",
        "node:22-bookworm-slim, debian-12",
        "node:20-bullseye, debian-11",
        "python:3.12-slim-bookworm, debian-12",
        "python:3.12-slim, debian-stable",
        "nginx:1.27, debian-stable",
        "nginx:latest, undetermined",
        "nginx, undetermined",
        "gcr.io/distroless/java21-debian12:nonroot, debian-12",
        "gcr.io/distroless/static-debian11, debian-11",
        "gcr.io/distroless/static:latest, debian-stable",
        "registry.access.redhat.com/ubi9/ubi-minimal:9.4, enterprise-linux",
        "registry.access.redhat.com/ubi9/ubi-minimal, enterprise-linux",
        "rockylinux:9, enterprise-linux",
        "almalinux:8.10, enterprise-linux",
        "centos:7, centos-linux",
        "fedora:40, fedora",
        "mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled, ubuntu-24.04",
        "gitlab-registry.insee.fr/kubernetes/images/run/java:21.0.8_9-jre-jammy-rootless, ubuntu-22.04",
        "harbor.example.org/proxy/library/node:22, debian-stable",
        "quay.io/keycloak/keycloak:26.0, enterprise-linux",
        "mcr.microsoft.com/windows/servercore:ltsc2022, windows",
    })
    void knownImages(String reference, String line) {
        ImageName image = ImageName.parse(reference).orElseThrow();
        assertEquals(line, CATALOG.lineOf(image).map(OsLine::id).orElse("none"));
    }

    @ParameterizedTest
    @CsvSource({"minio/minio:RELEASE.2024-01-01", "ghcr.io/mtes-mct/trackdechets/api:latest", "busybox:1.36",
        "mycompany/postgres:16", "node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void unknownImagesAreNotJudged(String reference) {
        assertEquals(Optional.empty(), CATALOG.lineOf(ImageName.parse(reference).orElseThrow()));
    }

    @Test
    void variableTagsAreJudgedOnlyOnTheirLiteralText() {
        ImageName node = ImageName.parse("node").orElseThrow();
        assertEquals("alpine", CATALOG.lineOfTagExpression(node, "${NODE_VERSION}-alpine").map(OsLine::id).orElseThrow());
        assertEquals("debian-12", CATALOG.lineOfTagExpression(node, "${V}-bookworm-slim").map(OsLine::id).orElseThrow());
        assertEquals(Optional.empty(), CATALOG.lineOfTagExpression(node, "${NODE_VERSION}"));
        ImageName ubi = ImageName.parse("registry.access.redhat.com/ubi9/ubi-minimal").orElseThrow();
        assertEquals("enterprise-linux", CATALOG.lineOfTagExpression(ubi, "${UBI_TAG}").map(OsLine::id).orElseThrow());
    }

    @Test
    void nonRootImages() {
        assertTrue(CATALOG.setsNonRootUser(ImageName.parse("gcr.io/distroless/java21-debian12:nonroot").orElseThrow()));
        assertFalse(CATALOG.setsNonRootUser(ImageName.parse("gcr.io/distroless/java21-debian12:latest").orElseThrow()));
        assertTrue(CATALOG.setsNonRootUser(ImageName.parse("bitnami/postgresql:16").orElseThrow()));
        assertFalse(CATALOG.setsNonRootUser(ImageName.parse("eclipse-temurin:21-jre").orElseThrow()));
    }

    @Test
    void brokenDataIsRejectedWithItsLine() {
        String unknownLine = "asOf: x\nlines:\n  a: {name: A, verdict: pass}\nrules:\n  - images: [x]\n    line: b\n";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read(unknownLine)).getMessage()
                .contains(":5: unknown line b"));
        String badRegex = "asOf: x\nlines:\n  a: {name: A, verdict: pass}\nrules:\n  - images: [x]\n    tag: '('\n    line: a\n";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read(badRegex)).getMessage()
                .contains("invalid tag expression"));
        String noReason = "asOf: x\nlines:\n  a: {name: A, verdict: fail}\nrules: []\n";
        assertThrows(IllegalArgumentException.class, () -> read(noReason));
        String noVerdict = "asOf: x\nlines:\n  a: {name: A}\nrules: []\n";
        assertThrows(IllegalArgumentException.class, () -> read(noVerdict));
        String noImages = "asOf: x\nlines:\n  a: {name: A, verdict: pass}\nrules:\n  - line: a\n";
        assertThrows(IllegalArgumentException.class, () -> read(noImages));
    }

    private static ImageOsCatalog read(String yaml) {
        return ImageOsCatalogLoader.read(SourceText.of("image-os.yaml", yaml));
    }
}
