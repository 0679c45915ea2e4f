package fr.cctlint.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.packageurl.PackageURL;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import fr.cctlint.referential.IndexedProductMatcher;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.PurlPattern;
import fr.cctlint.referential.ReferentialLoader;
import java.io.StringReader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled backing services file and the format's checks, including broken and hostile files. */
class BackingServicesLoaderTest {
    private static final BackingServices BUNDLED = BackingServicesLoader.bundled();

    /**
     * What the referential says about each inferred server: the rows its purl matches, or none (then CCT008). A new
     * entry in the file must get a line here: the decision is deliberate.
     */
    private static final Map<String, List<String>> LISTED = new LinkedHashMap<>();

    static {
        LISTED.put("postgresql", List.of("AT-1541"));
        LISTED.put("mysql", List.of("AT-1472", "AT-1473"));
        LISTED.put("mariadb", List.of("AT-1413"));
        LISTED.put("oracle-database", List.of("AT-1475", "AT-1474"));
        LISTED.put("mongodb", List.of("AT-1505"));
        LISTED.put("redis", List.of("AT-1532"));
        LISTED.put("cassandra", List.of("AT-1534"));
        LISTED.put("elasticsearch", List.of("SG-1456"));
        LISTED.put("opensearch", List.of());
        LISTED.put("solr", List.of("SG-1454"));
        LISTED.put("kafka", List.of());
        LISTED.put("rabbitmq", List.of());
        LISTED.put("activemq-artemis", List.of());
        LISTED.put("activemq", List.of());
        LISTED.put("keycloak", List.of("SG-1574"));
        LISTED.put("ldap", List.of("SG-1307"));
        LISTED.put("s3", List.of());
    }

    @Test
    void bundledFileLoadsWithUniqueIdsAndOneServerPerClient() {
        List<String> ids = BUNDLED.services().stream().map(BackingServices.Service::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids: " + ids);
        assertEquals(List.copyOf(LISTED.keySet()), ids, "every server is decided in LISTED, in the file's order");
        Set<String> clientKeys = new HashSet<>();
        for (BackingServices.Service s : BUNDLED.services()) {
            for (String client : s.clients()) {
                PurlPattern pattern = PurlPattern.tryParse(client).orElseThrow();
                assertTrue(clientKeys.add(pattern.key()), "client listed twice: " + client);
                assertFalse(client.contains("@"), "client pattern with a version: " + client);
            }
        }
    }

    @Test
    void everyServerHasClientsInTheMainEcosystemsItHas() {
        for (BackingServices.Service s : BUNDLED.services()) {
            Set<String> types = s.clients().stream().map(c -> PurlPattern.tryParse(c).orElseThrow().type())
                    .collect(Collectors.toSet());
            assertTrue(types.contains("maven"), s.id() + " has no Java client: " + types);
        }
        for (String id : List.of("postgresql", "mysql", "mongodb", "redis", "kafka", "rabbitmq", "elasticsearch",
                "cassandra", "ldap", "keycloak", "s3")) {
            BackingServices.Service s = service(id);
            Set<String> types = s.clients().stream().map(c -> PurlPattern.tryParse(c).orElseThrow().type())
                    .collect(Collectors.toSet());
            assertTrue(types.containsAll(Set.of("maven", "npm", "pypi", "golang")), id + ": " + types);
        }
    }

    @Test
    void eachPurlIsAValidPackageUrlAndIsListedOrNotAsDecided() throws Exception {
        IndexedProductMatcher matcher = new IndexedProductMatcher(ReferentialLoader.bundled());
        for (BackingServices.Service s : BUNDLED.services()) {
            PackageURL purl = new PackageURL(s.purl());
            assertEquals(null, purl.getVersion(), s.id() + ": the inferred purl has no version");
            Optional<Match> match = matcher.match(inferredLike(s));
            List<String> refs = match.map(m -> m.family().stream().map(Product::ref).toList()).orElse(List.of());
            assertEquals(LISTED.get(s.id()), refs, s.id() + " purl " + s.purl());
        }
    }

    @Test
    void imagesOfAListedServerNeverMatchAnotherProductThanItsPurl() {
        IndexedProductMatcher matcher = new IndexedProductMatcher(ReferentialLoader.bundled());
        // PostGIS images are PostgreSQL servers with the PostGIS extension, listed on their own (AT-1502).
        Set<String> ownRow = Set.of("postgis/postgis", "kartoza/postgis");
        for (BackingServices.Service s : BUNDLED.services()) {
            List<String> expected = LISTED.get(s.id());
            for (String image : s.images()) {
                Component c = image(image);
                assertEquals(List.of(s), BUNDLED.declaredBy(c), "image " + image + " declares " + s.id());
                List<String> refs = matcher.match(c).map(m -> m.family().stream().map(Product::ref).toList())
                        .orElse(List.of());
                assertTrue(refs.isEmpty() || refs.equals(expected) || ownRow.contains(image),
                        "image " + image + " of " + s.id() + " matches " + refs);
            }
        }
    }

    @Test
    void rejectsBrokenFiles() {
        String ok = "  - id: x\n    name: X server\n    purl: pkg:docker/library/x\n    clients: [pkg:npm/x-client]\n";
        assertEquals(1, read("services:\n" + ok).services().size());
        assertThrows(IllegalArgumentException.class, () -> read("- a\n- b\n"), "top is not a mapping");
        assertThrows(IllegalArgumentException.class, () -> read("services: {}\n"));
        assertThrows(IllegalArgumentException.class, () -> read("service:\n" + ok), "unknown top key");
        assertThrows(IllegalArgumentException.class, () -> read("services:\n" + ok + "    image: [x]\n"),
                "unknown entry key (typo)");
        assertThrows(IllegalArgumentException.class, () -> read("services:\n" + ok + ok), "duplicate id");
        assertThrows(IllegalArgumentException.class, () -> read("services:\n" + ok + "    id: y\n"),
                "duplicate key");
        assertThrows(IllegalArgumentException.class, () -> read("services:\n" + ok
                + "  - id: y\n    name: Y\n    purl: pkg:docker/library/y\n    clients: [pkg:npm/x-client]\n"),
                "one client, two servers");
        assertThrows(IllegalArgumentException.class, () -> read("services:\n"
                + ok.replace("pkg:docker/library/x", "pkg:docker/library/x@1")), "versioned purl");
        assertThrows(IllegalArgumentException.class, () -> read("services:\n"
                + ok.replace("[pkg:npm/x-client]", "[pkg:npm/x-client@1.0]")), "versioned client");
        assertThrows(IllegalArgumentException.class, () -> read("services:\n"
                + ok.replace("[pkg:npm/x-client]", "[x-client]")), "client is not a purl");
        assertThrows(IllegalArgumentException.class, () -> read("services:\n"
                + ok.replace("[pkg:npm/x-client]", "[]")), "no client");
        assertThrows(IllegalArgumentException.class, () -> read("services:\n"
                + ok.replace("[pkg:npm/x-client]", "pkg:npm/x-client")), "clients is not a list");
        assertThrows(IllegalArgumentException.class, () -> read("services:\n"
                + ok.replace("name: X server", "name: 42")), "name is not a string");
        assertThrows(IllegalArgumentException.class, () -> read("services:\n"
                + ok.replace("id: x", "id: X Server")), "id with spaces and capitals");
        assertThrows(IllegalArgumentException.class, () -> read("services:\n" + ok + "    satisfiedBy: [nope]\n"),
                "satisfiedBy names nothing");
        assertThrows(IllegalArgumentException.class, () -> read("services:\n" + ok + "    satisfiedBy: [x]\n"),
                "satisfiedBy names itself");
        assertThrows(IllegalArgumentException.class, () -> read("services:\n" + ok + "    images: [' ']\n"));
        assertThrows(IllegalArgumentException.class, () -> read("services:\n  - id: [\n"), "not YAML");
        assertThrows(IllegalArgumentException.class, () -> read("services:\n  - !!java.io.File {path: /}\n"),
                "no custom types");
    }

    @Test
    void refusesAliasBombsAndHugeFiles() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev)
                    .append(", *").append(prev).append(", *").append(prev).append(", *").append(prev).append("]\n");
        }
        bomb.append("services: *k\n");
        assertThrows(IllegalArgumentException.class, () -> read(bomb.toString()));
        String huge = "services:\n  - id: x\n    name: " + "X".repeat(BackingServicesLoader.MAX_CODE_POINTS)
                + "\n    purl: pkg:docker/library/x\n    clients: [pkg:npm/x-client]\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(huge));
        assertTrue(e.getMessage().contains("code points"), e.getMessage());
    }

    private static BackingServices read(String yaml) {
        return BackingServicesLoader.read(new StringReader(yaml));
    }

    static BackingServices.Service service(String id) {
        return BUNDLED.services().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Component inferredLike(BackingServices.Service s) {
        return new Component(s.componentId(), s.name(), null, null, s.purl(), null, ComponentType.SERVICE,
                Scope.RUNTIME, false, List.of(), Map.of());
    }

    private static Component image(String repository) {
        return new Component(repository, repository, null, "1", "pkg:docker/" + (repository.contains("/")
                ? repository : "library/" + repository) + "@1", null, ComponentType.CONTAINER, Scope.RUNTIME, false,
                List.of(new Evidence("compose.yaml", 3, "image: " + repository + ":1")), Map.of());
    }
}
