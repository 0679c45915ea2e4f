package fr.cctlint.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnowledgeBaseLoaderTest {
    @Test
    void bundledKnowledgeBaseLoadsAndNamesEachProductOnce() {
        KnowledgeBase kb = KnowledgeBaseLoader.bundled();
        assertTrue(kb.operated().size() >= 20, "operated products: " + kb.operated().size());
        Set<String> products = new HashSet<>();
        kb.operated().forEach(e -> assertTrue(products.add(e.product()), "duplicate " + e.product()));
        kb.operated().forEach(e -> e.purls().forEach(p -> assertTrue(p.startsWith("pkg:") && !p.contains("@"),
                "pattern must be a versionless purl: " + p)));
    }

    @Test
    void rejectsEntriesWithoutProductOrWithWrongTypes() {
        assertThrows(IllegalArgumentException.class, () -> KnowledgeBaseLoader.read(new StringReader(
                "osPackageTypes: [deb]\noperated:\n  - purls: [pkg:generic/x]\n")));
        assertThrows(IllegalArgumentException.class, () -> KnowledgeBaseLoader.read(new StringReader(
                "osPackageTypes: deb\noperated: []\n")));
        assertThrows(RuntimeException.class, () -> KnowledgeBaseLoader.read(new StringReader(
                "osPackageTypes: [deb]\nosPackageTypes: [rpm]\noperated: []\n")));
    }

    @Test
    void globMatchesWithinOneSegmentOnly() {
        KnowledgeBase kb = new KnowledgeBase(java.util.List.of(new KnowledgeBase.Entry("X server",
                java.util.List.of("pkg:deb/*/x-server*"))), Set.of());
        assertEquals("X server", kb.operatedProduct(component("pkg:deb/debian/x-server-2@1")).orElseThrow().product());
        assertTrue(kb.operatedProduct(component("pkg:deb/debian/sub/x-server@1")).isEmpty());
        assertTrue(kb.operatedProduct(component("pkg:deb/debian/libx-server@1")).isEmpty());
    }

    private static fr.cctlint.model.Component component(String purl) {
        return new fr.cctlint.model.Component("id", "x", null, "1", purl, null, fr.cctlint.model.ComponentType.LIBRARY,
                fr.cctlint.model.Scope.RUNTIME, false, java.util.List.of(), java.util.Map.of());
    }
}
