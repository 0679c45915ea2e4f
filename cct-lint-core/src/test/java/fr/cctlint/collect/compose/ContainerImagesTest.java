package fr.cctlint.collect.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.helm.HelmCollector;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import fr.cctlint.referential.IndexedProductMatcher;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.ReferentialLoader;
import fr.cctlint.source.SourceTree;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Image components as the compose, Kubernetes and Helm collectors write them, recognised by the bundled matcher. */
class ContainerImagesTest {
    private static IndexedProductMatcher matcher;

    @BeforeAll
    static void loadReferential() {
        matcher = new IndexedProductMatcher(ReferentialLoader.bundled());
    }

    private static Component image(String reference) {
        return ContainerImages.component(reference, Scope.RUNTIME, Roles.COMPOSE_SERVICE_IMAGE,
                new Evidence("compose.yaml", 3, "image: " + reference), Map.of()).orElseThrow();
    }

    @ParameterizedTest(name = "{0} is {1} (listed row: {2})")
    @CsvSource(nullValues = "-", value = {
        "postgres:16-alpine, AT-1541, AT-1541",
        "docker.io/library/postgres, AT-1541, AT-1541",
        "docker.io/library/postgres:14.21, AT-1541, AT-1541",
        "bitnami/postgresql:16.4.0-debian-12-r0, AT-1541, AT-1541",
        "harbor.example.org/proxy/bitnami/postgresql:16, AT-1541, AT-1541",
        "ghcr.io/cloudnative-pg/postgresql:16.8, AT-1541, AT-1541",
        "quay.io/keycloak/keycloak:24.0, SG-1574, SG-1574",
        "redis:7.2-alpine, AT-1532, AT-1532",
        "postgres@sha256:4f1d5b5a2b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a, AT-1541, AT-1541",
    })
    void imagesNameTheirProduct(String reference, String family, String entry) {
        Match match = matcher.match(image(reference)).orElseThrow(() -> new AssertionError(image(reference).purl()));
        assertTrue(match.family().stream().anyMatch(p -> p.ref().equals(family)), match.toString());
        assertEquals(entry, match.entry() == null ? null : match.entry().ref());
    }

    @ParameterizedTest(name = "{0} names no product")
    @CsvSource({"mycorp/postgres:16", "registry.example.org/shop/api:1.4.0", "${MIRROR}/${BROKER_IMAGE}",
        "'{{ .Values.image }}'"})
    void ownAndUnresolvedImagesNameNothing(String reference) {
        assertEquals(Optional.empty(), matcher.match(image(reference)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "postgres:16-alpine | pkg:docker/library/postgres@16-alpine | postgres | 16-alpine | -",
        "mongo | pkg:docker/library/mongo | mongo | - | -",
        "quay.io/keycloak/keycloak:24.0 | pkg:docker/keycloak/keycloak@24.0?repository_url=quay.io%2Fkeycloak%2Fkeycloak"
                + " | quay.io/keycloak/keycloak | 24.0 | -",
        "localhost:5000/team/app:2 | pkg:docker/team/app@2?repository_url=localhost%3A5000%2Fteam%2Fapp"
                + " | localhost:5000/team/app | 2 | -",
        "${REGISTRY}/postgres:16 | - | ${REGISTRY}/postgres:16 | - | -",
        "postgres:${PG_TAG} | pkg:docker/library/postgres | postgres | - | ${PG_TAG}",
        "registry.example.org/app:{{ .Values.tag }} | pkg:docker/app?repository_url=registry.example.org%2Fapp"
                + " | registry.example.org/app | - | {{ .Values.tag }}",
        "{{ .Values.image }} | - | {{ .Values.image }} | - | -",
    })
    void purlsAndNames(String reference, String purl, String name, String version, String versionExpression) {
        Component c = image(reference);
        assertEquals(purl, c.purl());
        assertEquals(name, c.name());
        assertEquals(version, c.version());
        assertEquals(versionExpression, c.property(ContainerImages.VERSION_EXPRESSION));
    }

    @Test
    void helmChartDependenciesNameTheirProduct() throws Exception {
        try (SourceTree tree = Trees.resource("/collect/helm/shop")) {
            HelmCollector helm = new HelmCollector();
            Collection result = helm.collect(tree, Trees.claimed(tree, helm));
            Map<String, String> products = new java.util.TreeMap<>();
            for (Component c : result.components()) {
                matcher.match(c).ifPresent(m -> products.put(c.name() + (c.version() == null ? "" : "@" + c.version()),
                        m.family().get(0).ref()));
            }
            assertEquals(Map.of("postgresql", "AT-1541", "redis", "AT-1532", "keycloak", "SG-1574",
                    "bitnami/postgresql@16.4.0-debian-12-r0", "AT-1541", "bitnami/redis@7.2.5-debian-12-r0", "AT-1532"),
                    products);
        }
    }
}
