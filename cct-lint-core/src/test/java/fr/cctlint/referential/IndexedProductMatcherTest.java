package fr.cctlint.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IndexedProductMatcherTest {

    /**
     * Test-only version constraint: {@code *}, a line ({@code 9}, {@code 5.4}: 9.x, 5.4.x), or a comparison
     * ({@code >=5.1}, {@code >2.5.20}, {@code <12}). Stands in for the real parser, written elsewhere.
     */
    record TestConstraint(String expression) implements VersionConstraint {
        @Override
        public boolean isAny() {
            return "*".equals(expression);
        }

        @Override
        public boolean matches(String version) {
            if (version == null || version.isBlank()) {
                return isAny();
            }
            if (isAny()) {
                return true;
            }
            int[] v = numbers(version);
            if (v.length == 0) {
                return false;
            }
            for (String op : List.of(">=", "<=", ">", "<")) {
                if (expression.startsWith(op)) {
                    int cmp = compare(v, numbers(expression.substring(op.length())));
                    return switch (op) {
                        case ">=" -> cmp >= 0;
                        case "<=" -> cmp <= 0;
                        case ">" -> cmp > 0;
                        default -> cmp < 0;
                    };
                }
            }
            int[] line = numbers(expression);
            return v.length >= line.length && Arrays.equals(Arrays.copyOf(v, line.length), line);
        }

        private static int[] numbers(String text) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[vV]?(\\d+(?:\\.\\d+)*)").matcher(text.strip());
            return m.find() ? Arrays.stream(m.group(1).split("\\.")).mapToInt(Integer::parseInt).toArray() : new int[0];
        }

        private static int compare(int[] a, int[] b) {
            for (int i = 0; i < Math.max(a.length, b.length); i++) {
                int x = i < a.length ? a[i] : 0;
                int y = i < b.length ? b[i] : 0;
                if (x != y) {
                    return Integer.compare(x, y);
                }
            }
            return 0;
        }
    }

    /** Versions of the rows used below, as the real parser would read the published text. */
    private static final Map<String, String> VERSIONS = Map.ofEntries(
            Map.entry("AT-1484", "7"), Map.entry("AT-1485", "8"), Map.entry("AT-1486", "9"),
            Map.entry("AT-1148", "2.2"), Map.entry("AT-1412", "2.4"),
            Map.entry("DV-1482", "4"), Map.entry("DV-1562", ">=5.1"),
            Map.entry("AT-1361", "1"), Map.entry("AT-1440", "2"), Map.entry("AT-1611", "3"),
            Map.entry("EX-1125", "2"),
            Map.entry("AT-1137", "5"), Map.entry("AT-1364", "6"), Map.entry("AT-1411", "7"),
            Map.entry("DV-1477", "7"), Map.entry("DV-1476", "8"), Map.entry("DV-1554", "11"),
            Map.entry("DV-1106", "4"), Map.entry("DV-1563", "5.4"),
            Map.entry("AT-1438", "1.4"), Map.entry("AT-1439", "8"),
            Map.entry("AT-1536", "3"), Map.entry("SG-1374", "2.9"),
            Map.entry("AT-1472", "<5.5"), Map.entry("AT-1473", ">5.5"),
            Map.entry("DV-1109", "2.3"), Map.entry("DV-1564", ">2.5.20"),
            Map.entry("AT-1475", "<12"), Map.entry("AT-1474", "12"),
            // "Version LTS": pinned to one LTS line here so that the test sees which version the tag gave
            Map.entry("DV-1599", "21"));

    /** Every row named by the real overlay, with its real selectors; versions from VERSIONS, else any. */
    private static final IndexedProductMatcher REAL = new IndexedProductMatcher(overlayReferential());

    static Referential overlayReferential() {
        List<Product> rows = new ArrayList<>();
        SelectorsOverlayTest.selectorsByRef().forEach((ref, selectors) ->
                rows.add(row(ref, VERSIONS.getOrDefault(ref, "*"), selectors)));
        return new Referential(List.of(), Map.of(), rows);
    }

    static Product row(String ref, String expression, Selectors selectors) {
        return new Product(ref, ref, "", "", "", true, false, expression, new TestConstraint(expression), "R", "",
                null, selectors, Evidence.ofFile("test"));
    }

    static Component component(String name, String version, String purl, String cpe, ComponentType type) {
        return new Component(purl != null ? purl : name, name, null, version, purl, cpe, type, Scope.RUNTIME, false,
                List.of(), Map.of());
    }

    static Component purl(String purl) {
        String name = purl.replaceAll("[@?#].*$", "").replaceAll("^.*/", "");
        return component(name, null, purl, null, ComponentType.LIBRARY);
    }

    static Component image(String reference) {
        return component(reference, null, null, null, ComponentType.CONTAINER);
    }

    static Component named(String name, String version) {
        return component(name, version, null, null, ComponentType.APPLICATION);
    }

    static Component cpe(String cpe) {
        return component("x", null, null, cpe, ComponentType.APPLICATION);
    }

    /** label, component, first row of the expected family (null: no match), expected entry, expected matchedBy. */
    static Stream<Arguments> cases() {
        return Stream.of(
                // same product, other versions
                expect("Tomcat 9", purl("pkg:maven/org.apache.tomcat/tomcat-catalina@9.0.85"),
                        "AT-1484", "AT-1486", "purl pkg:maven/org.apache.tomcat/tomcat-catalina"),
                expect("Tomcat 8.5", purl("pkg:maven/org.apache.tomcat/tomcat-catalina@8.5.100"),
                        "AT-1484", "AT-1485", null),
                expect("embedded Tomcat 10.1 of a Spring Boot app: Tomcat, version not listed",
                        purl("pkg:maven/org.apache.tomcat.embed/tomcat-embed-core@10.1.19"),
                        "AT-1484", null, "purl pkg:maven/org.apache.tomcat.embed/tomcat-embed-*"),
                expect("Tomcat 10.1 from the distribution", purl("pkg:maven/org.apache.tomcat/tomcat@10.1.19"),
                        "AT-1484", null, "purl pkg:maven/org.apache.tomcat/tomcat"),
                expect("tomcat-jdbc is a pool library, not the server",
                        purl("pkg:maven/org.apache.tomcat/tomcat-jdbc@10.1.19"), null, null, null),
                // look-alike Apache projects
                expect("commons-lang3 is no listed product", purl("pkg:maven/org.apache.commons/commons-lang3@3.14.0"),
                        null, null, null),
                expect("httpclient is not Apache httpd", purl("pkg:maven/org.apache.httpcomponents/httpclient@4.5.14"),
                        null, null, null),
                expect("Log4j 2", purl("pkg:maven/org.apache.logging.log4j/log4j-core@2.23.1"),
                        "EX-1125", "EX-1125", "purl pkg:maven/org.apache.logging.log4j/log4j-*"),
                expect("Log4j 1 is Log4j in a version not listed", purl("pkg:maven/log4j/log4j@1.2.17"),
                        "EX-1125", null, "purl pkg:maven/log4j/log4j"),
                // client libraries are not servers
                expect("PostgreSQL JDBC driver", purl("pkg:maven/org.postgresql/postgresql@42.7.3"), null, null, null),
                expect("PostgreSQL JDBC driver with a guessed CPE",
                        component("postgresql", "42.7.3", "pkg:maven/org.postgresql/postgresql@42.7.3",
                                "cpe:2.3:a:postgresql:postgresql:42.7.3:*:*:*:*:*:*:*", ComponentType.LIBRARY),
                        null, null, null),
                expect("npm redis client", purl("pkg:npm/redis@4.6.13"), null, null, null),
                expect("Oracle JDBC driver", purl("pkg:maven/com.oracle.database.jdbc/ojdbc11@23.3.0.23.09"),
                        null, null, null),
                expect("Keycloak Spring adapter", purl("pkg:maven/org.keycloak/keycloak-spring-boot-starter@21.1.2"),
                        null, null, null),
                expect("libpq5 is the client library", purl("pkg:deb/debian/libpq5@15.6-0%2Bdeb12u1"),
                        null, null, null),
                // Spring: the framework, not Boot
                expect("Spring Boot is not Spring Framework", purl("pkg:maven/org.springframework.boot/spring-boot@3.2.0"),
                        null, null, null),
                expect("Spring 5.3", purl("pkg:maven/org.springframework/spring-core@5.3.39"), "DV-1482", "DV-1562",
                        "purl pkg:maven/org.springframework/spring-*"),
                expect("Spring 4.3", purl("pkg:maven/org.springframework/spring-core@4.3.30.RELEASE"),
                        "DV-1482", "DV-1482", null),
                expect("Spring 6.1 (>= 5.1)", purl("pkg:maven/org.springframework/spring-webmvc@6.1.5"),
                        "DV-1482", "DV-1562", null),
                // front-end
                expect("jQuery 1", purl("pkg:npm/jquery@1.12.4"), "AT-1361", "AT-1361", "purl pkg:npm/jquery"),
                expect("jQuery 3", purl("pkg:npm/jquery@3.7.1"), "AT-1361", "AT-1611", null),
                expect("jQuery webjar", purl("pkg:maven/org.webjars/jquery@3.7.1"), "AT-1361", "AT-1611",
                        "purl pkg:maven/org.webjars/jquery"),
                expect("AngularJS 1.4", purl("pkg:npm/angular@1.4.14"), "AT-1438", "AT-1438", null),
                expect("Angular 17 is Angular, not AngularJS", purl("pkg:npm/%40angular/core@17.3.0"),
                        "AT-1439", null, "purl pkg:npm/@angular/*"),
                expect("Angular 8", purl("pkg:npm/%40angular/core@8.2.14"), "AT-1439", "AT-1439", null),
                // Java libraries
                expect("Hibernate ORM 5.4", purl("pkg:maven/org.hibernate/hibernate-core@5.4.33.Final"),
                        "DV-1106", "DV-1563", null),
                expect("Hibernate ORM 6", purl("pkg:maven/org.hibernate.orm/hibernate-core@6.4.4.Final"),
                        "DV-1106", null, "purl pkg:maven/org.hibernate.orm/*"),
                expect("Hibernate Validator is not ORM",
                        purl("pkg:maven/org.hibernate.validator/hibernate-validator@8.0.1.Final"), null, null, null),
                expect("Hibernate Search", purl("pkg:maven/org.hibernate.search/hibernate-search-mapper-orm@7.1.0.Final"),
                        "SG-1483", "SG-1483", null),
                expect("Struts 6 (> 2.5.20)", purl("pkg:maven/org.apache.struts/struts2-core@6.3.0.2"),
                        "DV-1109", "DV-1564", null),
                expect("Struts 1 is not Struts 2", purl("pkg:maven/org.apache.struts/struts-core@1.3.10"),
                        null, null, null),
                expect("sqlite-jdbc embeds SQLite", purl("pkg:maven/org.xerial/sqlite-jdbc@3.45.1.0"),
                        "AT-1536", "AT-1536", null),
                expect("Jersey 2", purl("pkg:maven/org.glassfish.jersey.core/jersey-server@2.41"),
                        "DV-1437", "DV-1437", "purl pkg:maven/org.glassfish.jersey.*/*"),
                // images
                expect("postgres:16-alpine", image("postgres:16-alpine"), "AT-1541", "AT-1541", "image postgres"),
                expect("docker.io/library/postgres", image("docker.io/library/postgres"), "AT-1541", "AT-1541",
                        "image postgres"),
                expect("bitnami/postgresql", image("bitnami/postgresql:16.2.0-debian-12-r5"), "AT-1541", "AT-1541",
                        "image bitnami/postgresql"),
                expect("a mirrored bitnami image", image("harbor.example.org/proxy/bitnami/postgresql:16"),
                        "AT-1541", "AT-1541", "image bitnami/postgresql"),
                expect("a company image named postgres is not the official one", image("mycorp/postgres:16"),
                        null, null, null),
                expect("PostGIS is its own product", image("postgis/postgis:16-3.4"), "AT-1502", "AT-1502", null),
                expect("UBI 9: RHEL, version not listed", image("registry.access.redhat.com/ubi9/ubi-minimal:9.4"),
                        "AT-1137", null, "image ubi9/ubi-minimal"),
                expect("UBI 7: RHEL 7", image("registry.access.redhat.com/ubi7/ubi-minimal:7.9"),
                        "AT-1137", "AT-1411", null),
                expect("Keycloak on quay.io", image("quay.io/keycloak/keycloak:24.0"), "SG-1574", "SG-1574",
                        "image keycloak/keycloak"),
                expect("Temurin 21 JRE: the tag is the Java version", image("eclipse-temurin:21-jre"),
                        "DV-1599", "DV-1599", "image eclipse-temurin"),
                expect("Temurin 17 is not the pinned line", image("eclipse-temurin:17-jdk"), "DV-1599", null, null),
                expect("openjdk 11", image("openjdk:11-jre-slim"), "DV-1477", "DV-1554", "image openjdk"),
                expect("MySQL 8", image("mysql:8.0"), "AT-1472", "AT-1473", null),
                expect("Oracle Database 12.2", image("container-registry.oracle.com/database/enterprise:12.2.0.1"),
                        "AT-1475", "AT-1474", "image database/enterprise"),
                expect("php FPM variant is PHP", image("php:8.3-fpm-alpine"), "DV-1543", "DV-1543", "image php"),
                expect("compose style: name and tag apart",
                        component("nginx", "1.25-alpine", null, null, ComponentType.CONTAINER),
                        "AT-1379", "AT-1379", "image nginx"),
                expect("an image variable is no image", image("${REGISTRY}/app:${TAG}"), null, null, null),
                // image purls
                expect("pkg:oci with repository_url and tag",
                        purl("pkg:oci/keycloak@sha256%3A0f2d4e1f9c1c0d0e6a4a3a0e0d1f2e3c4b5a69788796a5b4c3d2e1f0a9b8c7d6"
                                + "?repository_url=quay.io/keycloak/keycloak&tag=26.0"),
                        "SG-1574", "SG-1574", "image keycloak/keycloak"),
                expect("pkg:oci without version", purl("pkg:oci/keycloak?repository_url=quay.io/keycloak/keycloak&tag=26.0"),
                        "SG-1574", "SG-1574", "image keycloak/keycloak"),
                expect("pkg:docker official image", purl("pkg:docker/library/postgres@16"), "AT-1541", "AT-1541",
                        "image postgres"),
                expect("pkg:docker with registry", purl("pkg:docker/keycloak/keycloak@24.0?repository_url=quay.io"),
                        "SG-1574", "SG-1574", null),
                // OS packages
                expect("Debian nginx package", purl("pkg:deb/debian/nginx@1.22.1-9?arch=amd64&distro=debian-12"),
                        "AT-1379", "AT-1379", "os-package nginx"),
                expect("RHEL httpd package", purl("pkg:rpm/redhat/httpd@2.4.57-5.el9?arch=x86_64"),
                        "AT-1148", "AT-1412", "os-package httpd"),
                expect("epoch before the version", purl("pkg:deb/debian/tomcat9@1:9.0.70-2"), "AT-1484", "AT-1486",
                        "os-package tomcat9"),
                expect("Debian OpenJDK 11", purl("pkg:deb/debian/openjdk-11-jre-headless@11.0.22%2B7-1~deb11u1"),
                        "DV-1477", "DV-1554", null),
                expect("php-fpm Debian package is PHP FPM", purl("pkg:deb/debian/php8.2-fpm@8.2.20-1~deb12u1"),
                        "AT-1434", "AT-1434", "os-package php*-fpm"),
                expect("php cli Debian package is PHP", purl("pkg:deb/debian/php8.2-cli@8.2.20-1~deb12u1"),
                        "DV-1543", "DV-1543", "os-package php8*"),
                expect("Postfix 3.7: the any-version row", purl("pkg:deb/debian/postfix@3.7.11-0%2Bdeb12u1"),
                        "SG-1308", "SG-1308", null),
                expect("Postfix 2.9: the specific row wins", purl("pkg:deb/ubuntu/postfix@2.9.6-1"),
                        "SG-1308", "SG-1374", null),
                expect("the PostgreSQL client package", purl("pkg:deb/debian/postgresql-client-15@15.6-0%2Bdeb12u1"),
                        null, null, null),
                // CPE
                expect("CPE 2.3 of Tomcat 9", cpe("cpe:2.3:a:apache:tomcat:9.0.85:*:*:*:*:*:*:*"),
                        "AT-1484", "AT-1486", "cpe apache:tomcat"),
                expect("CPE 2.2 of httpd 2.2", cpe("cpe:/a:apache:http_server:2.2.34"), "AT-1148", "AT-1148",
                        "cpe apache:http_server"),
                expect("CPE with escaped characters", cpe("cpe:2.3:a:lemonldap-ng:lemonldap\\:\\:ng:2.0.16:*:*:*:*:*:*:*"),
                        "SG-1402", "SG-1402", null),
                expect("CPE of an unlisted product", cpe("cpe:2.3:a:apache:commons_text:1.10.0:*:*:*:*:*:*:*"),
                        null, null, null),
                expect("garbage CPE", cpe("not-a-cpe"), null, null, null),
                // names
                expect("malformed purl falls back to the name",
                        component("PostgreSQL", "15", "pkg:this is not/a purl@@", null, ComponentType.APPLICATION),
                        "AT-1541", "AT-1541", "name postgresql"),
                expect("name only", named("PostgreSQL", "15"), "AT-1541", "AT-1541", "name postgresql"),
                expect("name with other punctuation", named("Apache-Tomcat", "9.0.85"), "AT-1484", "AT-1486",
                        "name apache tomcat"),
                expect("OS reported by name", component("debian", "12.5", null, null, ComponentType.OPERATING_SYSTEM),
                        "AT-1409", "AT-1409", "name debian"),
                expect("the bare name Apache is nothing", named("Apache", "2.4"), null, null, null),
                expect("the bare name Oracle is nothing", named("Oracle", "19"), null, null, null),
                expect("a purl that matches nothing stops the name",
                        component("postgresql", "42.7.3", "pkg:maven/org.postgresql/postgresql@42.7.3", null,
                                ComponentType.LIBRARY), null, null, null));
    }

    private static Arguments expect(String label, Component component, String family, String entry, String by) {
        return Arguments.of(label, component, family, entry, by);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void recognisesProductsWithTheRealOverlay(String label, Component component, String family, String entry,
            String matchedBy) {
        Optional<Match> match = REAL.match(component);
        if (family == null) {
            assertEquals(Optional.empty(), match.map(Match::matchedBy), label);
            return;
        }
        assertTrue(match.isPresent(), label + ": no match");
        assertEquals(family, match.get().family().get(0).ref(), label + ": family");
        assertEquals(entry, match.get().entry() == null ? null : match.get().entry().ref(), label + ": entry");
        if (matchedBy != null) {
            assertEquals(matchedBy, match.get().matchedBy(), label + ": matchedBy");
        }
    }

    @Test
    void familyIsEveryRowOfTheOverlayEntryInReferentialOrder() {
        Match tomcat = REAL.match(purl("pkg:maven/org.apache.tomcat/tomcat-catalina@7.0.109")).orElseThrow();
        assertEquals(List.of("AT-1484", "AT-1485", "AT-1486"), tomcat.family().stream().map(Product::ref).toList());
        assertEquals("AT-1484", tomcat.entry().ref());
        assertEquals("7, 8, 9", tomcat.listedVersions());
    }

    // ----- mechanics, on hand-written selectors -----

    private static Selectors purls(String... purls) {
        return new Selectors(List.of(purls), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void withoutVersionTheEntryIsTheOnlyRowOrTheOnlyAnyVersionRow() {
        Selectors one = purls("pkg:npm/one");
        Selectors two = purls("pkg:npm/two");
        Selectors three = purls("pkg:npm/three");
        IndexedProductMatcher matcher = new IndexedProductMatcher(new Referential(List.of(), Map.of(), List.of(
                row("T-1", "9", one),
                row("T-2", "*", two), row("T-3", "2.9", two),
                row("T-4", "1", three), row("T-5", "2", three))));
        assertEquals("T-1", matcher.match(purl("pkg:npm/one")).orElseThrow().entry().ref());
        assertEquals("T-2", matcher.match(purl("pkg:npm/two")).orElseThrow().entry().ref());
        assertNull(matcher.match(purl("pkg:npm/three")).orElseThrow().entry());
        assertEquals("T-3", matcher.match(purl("pkg:npm/two@2.9.1")).orElseThrow().entry().ref());
        assertEquals("T-2", matcher.match(purl("pkg:npm/two@3.0")).orElseThrow().entry().ref());
        assertNull(matcher.match(purl("pkg:npm/three@3.0")).orElseThrow().entry());
    }

    @Test
    void theMostSpecificPatternWins() {
        IndexedProductMatcher matcher = new IndexedProductMatcher(new Referential(List.of(), Map.of(), List.of(
                row("T-1", "*", purls("pkg:maven/org.example/*")),
                row("T-2", "*", purls("pkg:maven/org.example/lib-*")),
                row("T-3", "*", purls("pkg:maven/org.example/lib-core")),
                row("T-4", "*", purls("pkg:maven/org.example.*/*")))));
        assertEquals("T-1", matcher.match(purl("pkg:maven/org.example/other@1")).orElseThrow().entry().ref());
        assertEquals("T-2", matcher.match(purl("pkg:maven/org.example/lib-web@1")).orElseThrow().entry().ref());
        assertEquals("T-3", matcher.match(purl("pkg:maven/org.example/lib-core@1")).orElseThrow().entry().ref());
        assertEquals("T-4", matcher.match(purl("pkg:maven/org.example.sub/x@1")).orElseThrow().entry().ref());
        assertEquals(Optional.empty(), matcher.match(purl("pkg:maven/org.examples/x@1")));
        assertEquals(Optional.empty(), matcher.match(purl("pkg:npm/lib-core@1")));
    }

    @Test
    void unreadableSelectorsAndHostileComponentsNeverThrow() {
        Selectors broken = new Selectors(List.of("not a purl", "pkg:", "pkg:npm/%zz"),
                List.of(new CpeSelector(null, null)), List.of("!!!", ""), List.of("  "), List.of(" "));
        IndexedProductMatcher matcher = new IndexedProductMatcher(new Referential(List.of(), Map.of(),
                List.of(row("T-1", "*", broken))));
        for (Component c : List.of(purl("pkg:"), purl("pkg:npm/%zz"), cpe("cpe:2.3:"), cpe("cpe:/"),
                image(""), image("::::"), named("!!!", null), named(" ", null),
                component("x", "", "", "", ComponentType.CONTAINER))) {
            assertEquals(Optional.empty(), matcher.match(c), c.toString());
        }
    }

    @Test
    void matchesTwentyThousandComponents() {
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            components.add(purl("pkg:maven/org.example" + i + "/lib-" + i + "@1." + i));
            components.add(purl("pkg:npm/jquery@3." + (i % 8) + ".0"));
            components.add(image("registry.example.org/team" + i + "/service:" + i));
            components.add(purl("pkg:deb/debian/lib" + i + "@1.0-1"));
        }
        long matched = components.stream().map(REAL::match).filter(Optional::isPresent).count();
        assertEquals(5_000, matched);
    }
}
