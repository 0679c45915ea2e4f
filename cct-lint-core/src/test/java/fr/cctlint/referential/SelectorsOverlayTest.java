package fr.cctlint.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Checks the hand-maintained overlay {@code rules/referential/cct-mi.selectors.yaml} as shipped in the jar. */
class SelectorsOverlayTest {

    static final String OVERLAY = "/cct-rules/referential/cct-mi.selectors.yaml";
    private static final Pattern REF = Pattern.compile("[A-Z]{2}-\\d+");
    /** Names that would match far more than one product: the header of the overlay promises never to use them. */
    private static final Set<String> TOO_GENERIC = Set.of("apache", "oracle", "java", "bo", "oss", "tdi", "git", "npm",
            "maven", "eclipse", "net", "c", "microsoft", "google", "server", "client", "database", "sql", "web",
            "linux", "windows", "dss", "nexus", "jdbc");

    /** One entry of the overlay: its refs and its selectors. */
    record Entry(List<String> refs, Selectors selectors) {
    }

    /** Reads the overlay from the classpath with SnakeYAML's safe constructor, in file order. */
    static List<Entry> overlay() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(2_000_000);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try (InputStream in = SelectorsOverlayTest.class.getResourceAsStream(OVERLAY)) {
            assertNotNull(in, "the overlay ships in the core jar under " + OVERLAY);
            Map<?, ?> root = (Map<?, ?>) yaml.load(in);
            List<Entry> entries = new ArrayList<>();
            for (Object item : (List<?>) root.get("selectors")) {
                Map<?, ?> map = (Map<?, ?>) item;
                List<CpeSelector> cpes = new ArrayList<>();
                for (Object cpe : list(map, "cpes")) {
                    Map<?, ?> c = (Map<?, ?>) cpe;
                    cpes.add(new CpeSelector((String) c.get("vendor"), (String) c.get("product")));
                }
                entries.add(new Entry(strings(map, "refs"), new Selectors(strings(map, "purls"), cpes,
                        strings(map, "names"), strings(map, "images"), strings(map, "osPackages"))));
            }
            return entries;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The selectors of every ref named by the overlay. */
    static Map<String, Selectors> selectorsByRef() {
        Map<String, Selectors> byRef = new LinkedHashMap<>();
        for (Entry entry : overlay()) {
            entry.refs().forEach(ref -> byRef.put(ref, entry.selectors()));
        }
        return byRef;
    }

    private static List<?> list(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : (List<?>) value;
    }

    private static List<String> strings(Map<?, ?> map, String key) {
        List<String> out = new ArrayList<>();
        for (Object o : list(map, key)) {
            assertTrue(o instanceof String, key + " holds strings only: " + o);
            out.add((String) o);
        }
        return out;
    }

    @Test
    void usesOnlyTheKeysTheLoaderKnows() throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (InputStream in = getClass().getResourceAsStream(OVERLAY)) {
            Map<?, ?> root = (Map<?, ?>) yaml.load(in);
            assertEquals(Set.of("selectors"), root.keySet());
            Set<String> known = Set.of("refs", "purls", "cpes", "names", "images", "osPackages");
            for (Object item : (List<?>) root.get("selectors")) {
                Map<?, ?> map = (Map<?, ?>) item;
                assertTrue(known.containsAll(map.keySet()), "unknown key in " + map);
                assertFalse(list(map, "refs").isEmpty(), "refs is required: " + map);
                for (Object cpe : list(map, "cpes")) {
                    assertEquals(Set.of("vendor", "product"), ((Map<?, ?>) cpe).keySet(), "cpe " + cpe);
                }
            }
        }
    }

    @Test
    void noTwoEntriesClaimTheSameRef() {
        Set<String> seen = new LinkedHashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Entry entry : overlay()) {
            for (String ref : entry.refs()) {
                assertTrue(REF.matcher(ref).matches(), "ref shape: " + ref);
                if (!seen.add(ref)) {
                    duplicates.add(ref);
                }
            }
        }
        assertEquals(List.of(), duplicates);
    }

    @Test
    void everyRefExistsInThePublishedReferential() throws IOException {
        Path cct = sharedCct();
        Set<String> published = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(cct, "referentiel-produits-*.md")) {
            for (Path file : files) {
                String html = Files.readString(file, StandardCharsets.UTF_8);
                for (Element row : Jsoup.parse(html).select("tr")) {
                    Element first = row.selectFirst("td");
                    if (first != null && REF.matcher(first.text().strip()).matches()) {
                        published.add(first.text().strip());
                    }
                }
            }
        }
        assertEquals(336, published.size(), "the published edition has 336 rows");
        List<String> unknown = overlay().stream().flatMap(e -> e.refs().stream())
                .filter(ref -> !published.contains(ref)).toList();
        assertEquals(List.of(), unknown);
    }

    @Test
    void everyPurlPatternParsesWithoutVersion() {
        for (Entry entry : overlay()) {
            for (String purl : entry.selectors().purls()) {
                PurlPattern pattern = PurlPattern.tryParse(purl).orElse(null);
                assertNotNull(pattern, entry.refs() + " purl " + purl);
                assertFalse(purl.contains("@") && !purl.contains("/@"), entry.refs() + " purl without version: " + purl);
                assertFalse(purl.contains("?") || purl.contains("#"), entry.refs() + " plain purl: " + purl);
            }
        }
    }

    @Test
    void imagesAreRepositoriesWithoutRegistryNorTag() {
        for (Entry entry : overlay()) {
            for (String image : entry.selectors().images()) {
                assertEquals(image, image.strip().toLowerCase(java.util.Locale.ROOT), entry.refs() + " " + image);
                assertFalse(image.contains(":") || image.contains("@"), entry.refs() + " no tag: " + image);
                assertEquals(image, ImageName.selectorKey(image), entry.refs() + " no registry host: " + image);
            }
        }
    }

    @Test
    void namesAreSpecificAndNoTwoFamiliesShareASelector() {
        Map<String, List<String>> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Entry entry : overlay()) {
            Selectors s = entry.selectors();
            List<String> keys = new ArrayList<>();
            for (String name : s.names()) {
                String folded = NameNormalizer.normalize(name);
                assertFalse(folded.isEmpty(), entry.refs() + " name folds to nothing: " + name);
                assertFalse(TOO_GENERIC.contains(folded), entry.refs() + " name too generic: " + name);
                keys.add("name " + folded);
            }
            s.purls().forEach(p -> keys.add("purl " + PurlPattern.tryParse(p).map(PurlPattern::key).orElse(p)));
            s.images().forEach(i -> keys.add("image " + ImageName.selectorKey(i)));
            s.osPackages().forEach(o -> keys.add("os " + o.toLowerCase(java.util.Locale.ROOT)));
            s.cpes().forEach(c -> keys.add("cpe " + c.vendor() + ":" + c.product()));
            for (String key : new LinkedHashSet<>(keys)) {
                List<String> previous = owner.putIfAbsent(key, entry.refs());
                if (previous != null) {
                    clashes.add(key + " in " + previous + " and " + entry.refs());
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void coversTheProductsProjectsUseMost() {
        Map<String, Selectors> byRef = selectorsByRef();
        for (String ref : List.of("AT-1541", "AT-1484", "AT-1379", "AT-1412", "DV-1562", "DV-1563", "EX-1125",
                "AT-1611", "AT-1537", "AT-1550", "AT-1439", "SG-1574", "SG-1456", "AT-1532", "AT-1505", "AT-1413",
                "AT-1473", "AT-1474", "AT-1453", "DV-1543", "DV-1099", "DV-1554", "DV-1599", "AT-1409", "PT-1387",
                "AT-1411", "AT-1156", "DV-1565", "SG-1296", "SG-1567", "EX-1568", "EX-1416")) {
            assertTrue(byRef.containsKey(ref) && !byRef.get(ref).isEmpty(), ref + " has selectors");
        }
    }

    private static Path sharedCct() {
        String shared = System.getProperty("cct.shared", "");
        Path cct = shared.isBlank() ? null : Path.of(shared, "cct");
        Assumptions.assumeTrue(cct != null && Files.isDirectory(cct),
                "the published referential (cct.shared/cct) is not available here");
        return cct;
    }
}
