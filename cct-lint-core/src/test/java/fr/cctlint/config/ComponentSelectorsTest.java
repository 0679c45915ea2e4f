package fr.cctlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.Selectors;
import fr.cctlint.referential.VersionConstraints;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a declaration's or waiver's {@code component} covers: purl prefixes and globs, images, names. */
class ComponentSelectorsTest {

    /** A component from its purl (name and group taken from it), or a container without purl from its name. */
    static Component component(String purlOrName, ComponentType type) {
        boolean purl = purlOrName.startsWith("pkg:");
        String name = purl ? purlOrName.replaceAll("[@?#].*", "").replaceAll(".*/", "") : purlOrName;
        return new Component(purlOrName, name, null, null, purl ? purlOrName : null, null, type, Scope.RUNTIME,
                false, List.of(new Evidence("pom.xml", 3, purlOrName)), Map.of());
    }

    static Component library(String purl) {
        return component(purl, ComponentType.LIBRARY);
    }

    static Product product(String ref, String name) {
        return new Product(ref, name, "", null, null, true, false, "", VersionConstraints.tryParse("*").orElseThrow(),
                "R", "", null, new Selectors(List.of(), List.of(), List.of(), List.of(), List.of()),
                Evidence.ofFile("cct-mi.yaml"));
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // whole-segment prefixes of the versionless purl
        "pkg:maven/org.apache|pkg:maven/org.apache/commons-text@1.12.0|true",
        "pkg:maven/org.apache|pkg:maven/org.apachex/evil@1.0|false",
        "pkg:maven/org.apache|pkg:maven/org.apache.tomcat/tomcat@9.0.85|false",
        "pkg:maven/org.apache.tomcat/tomcat|pkg:maven/org.apache.tomcat/tomcat@9.0.85|true",
        "pkg:maven/org.apache.tomcat/tomcat|pkg:maven/org.apache.tomcat/tomcat-catalina@9.0.85|false",
        "pkg:maven/org.postgresql/postgresql|pkg:maven/org.postgresql/postgresql@42.7.3?type=jar|true",
        "pkg:maven/org.postgresql/postgresql|pkg:npm/postgresql@1.0.0|false",
        "pkg:maven/org.postgresql/postgresql/extra|pkg:maven/org.postgresql/postgresql@42.7.3|false",
        // globs stay within one segment
        "pkg:maven/org.apache.*|pkg:maven/org.apache.tomcat/tomcat@9.0.85|true",
        "pkg:maven/org.apache.*|pkg:maven/org.apachex/evil@1.0|false",
        "pkg:maven/org.apache.tomcat.embed/tomcat-embed-*|pkg:maven/org.apache.tomcat.embed/tomcat-embed-core@10.1.20|true",
        "pkg:maven/org.apache.tomcat.embed/tomcat-embed-*|pkg:maven/org.apache.tomcat/tomcat-catalina@10.1.20|false",
        "pkg:npm/@angular/*|pkg:npm/%40angular/core@17.3.0|true",
        "pkg:npm/@angular|pkg:npm/%40angular/common@17.3.0|true",
        "pkg:npm/@angular/*|pkg:npm/angular@1.8.3|false",
        "pkg:maven/*/log4j-core|pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1|true",
        "pkg:golang/github.com/redis|pkg:golang/github.com/redis/go-redis/v9@v9.5.1|true",
        // case and PyPI name folding
        "PKG:Maven/ORG.Postgresql/PostgreSQL|pkg:maven/org.postgresql/postgresql@42.7.3|true",
        "pkg:pypi/psycopg2_binary|pkg:pypi/psycopg2-binary@2.9.9|true",
        // a version written in the pattern restricts it to that version
        "pkg:maven/mysql/mysql-connector-java@8.0.33|pkg:maven/mysql/mysql-connector-java@8.0.33|true",
        "pkg:maven/mysql/mysql-connector-java@8.0.33|pkg:maven/mysql/mysql-connector-java@5.1.49|false",
        // images: docker and oci alike, registry and library/ ignored, qualifiers ignored
        "pkg:docker/minio/minio|pkg:docker/minio/minio@RELEASE.2024-06-13T22-53-53Z|true",
        "pkg:docker/minio/minio|pkg:docker/minio/minio@latest?repository_url=docker.io/minio/minio|true",
        "pkg:docker/minio/minio|pkg:oci/minio@sha256%3A1234?repository_url=docker.io/minio/minio|true",
        "pkg:oci/minio/minio|pkg:docker/minio/minio@RELEASE.2024-06-13T22-53-53Z|true",
        "pkg:docker/minio/minio|pkg:docker/minio/mc@latest|false",
        "pkg:docker/minio/minio|pkg:docker/minio/minio-operator@5.0|false",
        "pkg:docker/keycloak/keycloak|pkg:docker/keycloak/keycloak@24.0?repository_url=quay.io/keycloak/keycloak|true",
        "pkg:docker/quay.io/keycloak/keycloak|pkg:oci/keycloak@24.0?repository_url=quay.io/keycloak/keycloak|true",
        "pkg:docker/library/postgres|pkg:docker/library/postgres@16-alpine|true",
        "pkg:docker/postgres|pkg:docker/library/postgres@16-alpine|true",
        "pkg:docker/postgres|pkg:docker/mycompany/postgres@16|false",
        "pkg:docker/bitnami|pkg:docker/bitnami/postgresql@16.2.0|true",
        "pkg:docker/bitnami/*|pkg:docker/bitnami/postgresql@16.2.0|true",
        "pkg:docker/bitnami/postgresql|pkg:docker/proxy/bitnami/postgresql@16?repository_url=harbor.example/proxy/bitnami/postgresql|true",
        "pkg:docker/postgres@16|pkg:docker/library/postgres@16|true",
        "pkg:docker/postgres@16|pkg:docker/library/postgres@15|false",
        "pkg:docker/minio/minio|pkg:maven/minio/minio@8.5.9|false",
        "pkg:maven/minio/minio|pkg:docker/minio/minio@latest|false",
    })
    void purlPatterns(String selector, String purl, boolean expected) {
        assertEquals(expected, ComponentSelectors.parse(selector).matches(library(purl), null));
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "pkg:docker/minio/minio|minio/minio:RELEASE.2024-06-13T22-53-53Z|true",
        "pkg:docker/keycloak/keycloak|quay.io/keycloak/keycloak:24.0|true",
        "pkg:docker/postgres|postgres:16-alpine|true",
        "pkg:docker/postgres|${DB_IMAGE}|false",
        "minio|minio/minio:latest|true",
        "postgresql|bitnami/postgresql:16|true",
    })
    void imagesWithoutPurl(String selector, String name, boolean expected) {
        assertEquals(expected, ComponentSelectors.parse(selector)
                .matches(component(name, ComponentType.CONTAINER), null));
    }

    @Test
    void imagePatternDoesNotMatchANonContainerWithoutPurl() {
        assertFalse(ComponentSelectors.parse("pkg:docker/postgres")
                .matches(component("postgres", ComponentType.LIBRARY), null));
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "mysql|pkg:maven/com.mysql/mysql@8.0.33|true",
        "MySQL|pkg:maven/com.mysql/mysql@8.0.33|true",
        "Node.js|pkg:generic/nodejs@20.11.0|true",
        "node-js|pkg:generic/nodejs@20.11.0|true",
        "mysql|pkg:maven/com.mysql/mysql-connector-j@8.3.0|false",
        "my|pkg:maven/com.mysql/mysql@8.0.33|false",
        "rabbitmq|pkg:docker/library/rabbitmq@3.13-management|true",
    })
    void bareNamesFoldCaseAndPunctuation(String selector, String purl, boolean expected) {
        assertEquals(expected, ComponentSelectors.parse(selector).matches(library(purl), null));
    }

    @Test
    void bareNameMatchesTheProductTheComponentWasRecognisedAs() {
        Component connector = library("pkg:maven/com.mysql/mysql-connector-j@8.3.0");
        Product mysql = product("AT-1090", "MySQL");
        assertTrue(ComponentSelectors.parse("mysql").matches(connector, mysql));
        assertTrue(ComponentSelectors.parse("at-1090").matches(connector, mysql), "the reference id works too");
        assertFalse(ComponentSelectors.parse("mysql").matches(connector, product("AT-1541", "PostgreSQL")));
        assertFalse(ComponentSelectors.parse("AT-109").matches(connector, mysql));
    }

    @Test
    void bareNameMatchesGroupAndName() {
        Component c = new Component("x", "postgresql", "org.postgresql", "42.7.3", null, null, ComponentType.LIBRARY,
                Scope.RUNTIME, false, List.of(), Map.of());
        assertTrue(ComponentSelectors.parse("org.postgresql:postgresql").matches(c, null));
        assertTrue(ComponentSelectors.parse("postgresql").matches(c, null));
    }

    @Test
    void purlPatternsNeedAPurlOrAnImage() {
        Component noPurl = component("commons-text", ComponentType.LIBRARY);
        assertFalse(ComponentSelectors.parse("pkg:maven/org.apache").matches(noPurl, null));
        Component badPurl = new Component("x", "x", null, null, "pkg:not a purl", null, ComponentType.LIBRARY,
                Scope.RUNTIME, false, List.of(), Map.of());
        assertFalse(ComponentSelectors.parse("pkg:maven/org.apache").matches(badPurl, null));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "''|the component selector is empty",
        "pkg:maven|\"pkg:maven\" is not a Package URL pattern (pkg:type/namespace/name, with * inside a segment)",
        "pkg:9maven/x|\"pkg:9maven/x\" is not a Package URL pattern (pkg:type/namespace/name, with * inside a segment)",
        "pkg:maven//x|\"pkg:maven//x\" is not a Package URL pattern (pkg:type/namespace/name, with * inside a segment)",
        "'***'|\"***\" has no letter nor digit: it cannot name a product",
    })
    void invalidSelectorsAreExplainedAndMatchNothing(String text, String message) {
        assertEquals(message, Messages.english().render(ComponentSelectors.problem(text).orElseThrow()));
        ComponentSelector selector = ComponentSelectors.parse(text);
        assertEquals(text.strip(), selector.text());
        assertFalse(selector.matches(library("pkg:maven/x/x@1"), null));
        assertFalse(selector.matches(component("***", ComponentType.LIBRARY), null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"pkg:docker/minio/minio", "pkg:maven/org.apache.*", "mysql", "Node.js",
        "pkg:npm/@angular/*", "pkg:maven/mysql/mysql-connector-java@8.0.33"})
    void validSelectorsKeepTheirText(String text) {
        assertTrue(ComponentSelectors.problem(text).isEmpty());
        assertEquals(text, ComponentSelectors.parse("  " + text + " ").text());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "pkg:docker/minio/minio@RELEASE.2024-06-13T22-53-53Z|pkg:docker/minio/minio",
        "pkg:docker/keycloak/keycloak@24.0?repository_url=quay.io/keycloak/keycloak|pkg:docker/keycloak/keycloak",
        "pkg:maven/org.postgresql/postgresql@42.7.3?type=jar|pkg:maven/org.postgresql/postgresql",
        "pkg:npm/%40angular/core@17.3.0|pkg:npm/%40angular/core",
        "rabbitmq:3.13|rabbitmq:3.13",
    })
    void textForAComponentCoversItAndAllItsVersions(String purlOrName, String expected) {
        Component c = component(purlOrName, purlOrName.startsWith("pkg:") ? ComponentType.LIBRARY
                : ComponentType.CONTAINER);
        String text = ComponentSelectors.textFor(c);
        assertEquals(expected, text);
        assertTrue(ComponentSelectors.parse(text).matches(c, null), text);
    }
}
