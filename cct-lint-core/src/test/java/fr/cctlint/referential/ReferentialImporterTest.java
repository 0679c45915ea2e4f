package fr.cctlint.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Problem;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferentialImporterTest {

    private static ImportResult realImport() throws Exception {
        return ReferentialImporter.cctMi().importFolder(TestPaths.cctFolder());
    }

    private static Product row(ImportResult result, String ref) {
        return result.referential().find(ref).orElseThrow(() -> new AssertionError(ref + " not imported"));
    }

    @Test
    void importsThe336RowsOfTheFourPublishedTables() throws Exception {
        ImportResult result = realImport();
        assertEquals(336, result.referential().products().size());
        assertEquals(336, result.report().rowsImported());
        Map<String, Integer> perFile = result.report().files().stream()
                .collect(Collectors.toMap(ImportReport.FileSummary::file, ImportReport.FileSummary::rowsRead));
        assertEquals(Map.of("referentiel-produits-ent-administrateur.md", 36, "referentiel-produits-ent-agent.md", 57,
                "referentiel-produits-ent-developpeur.md", 216, "referentiel-produits-securite.md", 27), perFile);
        assertTrue(result.report().problems().isEmpty(), () -> result.report().problems().toString());
        assertTrue(result.report().unreadableVersions().isEmpty(), "every published version text is read");
        assertEquals("cct-mi", result.referential().provenance().id());
        assertEquals("5bb42d1f7fa1880dc31b9a505f84b9dc052b6d19", result.referential().provenance().revision());
        assertEquals("2025-01-18", result.referential().provenance().date());
    }

    @Test
    void readsTheRowsAsPublished() throws Exception {
        ImportResult result = realImport();
        Product postgres = row(result, "AT-1541");
        assertEquals("PostgreSQL", postgres.name());
        assertEquals("R", postgres.status());
        assertTrue(postgres.constraint().isAny());
        assertTrue(postgres.openSource());
        assertTrue(postgres.supportLL());
        assertEquals("Partie 2 : Architecture Technique - [ AT ]", postgres.part());
        assertTrue(postgres.comment().contains("Critère de choix de la version"), postgres.comment());
        assertTrue(postgres.comment().contains("\n- politique de l’éditeur"), "<br/> becomes a line break");
        assertEquals("referentiel-produits-ent-developpeur.md", postgres.origin().file());
        assertEquals(201, postgres.origin().line());

        Product tomcat = row(result, "AT-1486");
        assertEquals("9 – Version SILL", tomcat.versionText());
        assertEquals("9", tomcat.constraint().expression());
        assertTrue(tomcat.constraint().matches("9.0.85"));
        assertFalse(tomcat.constraint().matches("10.1.20"));

        assertEquals(">=5.1", row(result, "DV-1562").constraint().expression());
        assertEquals("≥ 5.1", row(result, "DV-1562").versionText());
        assertEquals(">5.5", row(result, "AT-1473").constraint().expression());
        assertEquals("<12", row(result, "AT-1475").constraint().expression());
        assertEquals(">=2.8", row(result, "EX-1489").constraint().expression());
        assertEquals(">2.5.20", row(result, "DV-1564").constraint().expression());
        assertEquals("7", row(result, "AT-1411").constraint().expression());
        assertEquals("RHEL 7", row(result, "AT-1411").versionText());
        assertEquals("11", row(result, "AT-1507").constraint().expression());
        assertEquals("4.4", row(result, "DV-1565").constraint().expression());
        Product jquery = row(result, "AT-1611");
        assertEquals("3.X", jquery.versionText());
        assertEquals("3", jquery.constraint().expression());
    }

    @Test
    void readsFlagsChangesAndAccents() throws Exception {
        ImportResult result = realImport();
        Product vtom = row(result, "EX-1117");
        assertFalse(vtom.openSource(), "maj_nonopen is a vendor product");
        assertEquals("updated", vtom.change());
        assertEquals("Absyss", vtom.supplier());
        assertTrue(vtom.comment().contains("hébergement"), vtom.comment());
        Product theGreenBow = row(result, "RT-1580");
        assertEquals("new", theGreenBow.change());
        assertFalse(theGreenBow.openSource());
        assertFalse(theGreenBow.supportLL());
        assertEquals("unchanged", row(result, "AT-1541").change());
        assertEquals("Partie 3 : Réseau de transport - [ RT ]", theGreenBow.part());
        assertEquals("Chapitre 4 : Sécurité - [ SI ]", theGreenBow.chapter());
        long statusM = result.referential().products().stream().filter(p -> p.status().equals("M")).count();
        assertEquals(38, statusM);
        assertEquals(90, result.referential().products().stream().filter(p -> p.status().equals("A")).count());
        assertEquals(2, result.referential().products().stream().filter(p -> p.status().equals("O")).count());
        assertEquals(75, result.referential().products().stream().filter(Product::supportLL).count());
    }

    @Test
    void productsFollowThePartNumbers() throws Exception {
        List<String> parts = realImport().referential().products().stream()
                .map(p -> p.part().substring(p.part().lastIndexOf('[') + 1).replace("]", "").strip())
                .distinct().toList();
        assertEquals(List.of("EX", "AT", "RT", "SI", "PT", "DV", "MT", "SG"), parts);
    }

    @Test
    void reportsBrokenRowsWithFileAndLine() throws Exception {
        ImportResult result = ReferentialImporter.cctMi().importFiles(List.of(fixture("referentiel-produits-broken.md")));
        List<String> ids = result.referential().products().stream().map(Product::ref).toList();
        assertEquals(List.of("AT-9001", "AT-9004"), ids);
        assertEquals("Première ligne\nseconde ligne", result.referential().find("AT-9001").orElseThrow().comment());

        ImportReport report = result.report();
        assertEquals(List.of(new ImportReport.FileSummary("referentiel-produits-broken.md", 6, 2)), report.files());
        assertEquals(List.of("referential.import.cellCount@24", "referential.import.unknownStatus@27",
                "referential.import.noStatus@33", "referential.import.duplicateRef@36"), keysAndLines(report.problems()));
        assertEquals(List.of("referential.import.unreadableVersion@30"), keysAndLines(report.unreadableVersions()));
        Product kept = result.referential().find("AT-9004").orElseThrow();
        assertTrue(kept.constraint().isAny());
        assertEquals("Version 2 ou 3", kept.versionText());
        assertFalse(report.clean());
        String duplicate = Messages.english().render(report.problems().get(3).message());
        assertTrue(duplicate.contains("referentiel-produits-broken.md:21"), duplicate);
        String french = Messages.french().render(report.problems().get(1).message());
        assertTrue(french.contains("le statut Z n'a pas de définition"), french);
    }

    @Test
    void reportsAFileWithoutTables() throws Exception {
        ImportResult result = ReferentialImporter.cctMi().importFiles(List.of(fixture("referentiel-produits-empty.md")));
        assertTrue(result.referential().products().isEmpty());
        assertEquals(List.of("referential.import.noTables@0"), keysAndLines(result.report().problems()));
        assertTrue(result.report().problems().get(0).fatal());
    }

    @Test
    void reportsAMissingFileAndGoesOn() throws Exception {
        ImportResult result = ReferentialImporter.cctMi().importFiles(List.of(Path.of("does-not-exist.md"),
                fixture("referentiel-produits-broken.md")));
        assertEquals(2, result.referential().products().size());
        assertEquals("referential.import.unreadableFile", result.report().problems().get(0).message().key());
    }

    @Test
    void summaryNamesEachFile() throws Exception {
        ImportResult result = ReferentialImporter.cctMi().importFolder(fixture("referentiel-produits-broken.md").getParent());
        List<String> lines = result.report().summary().stream().map(Messages.english()::render).toList();
        assertEquals(List.of("referentiel-produits-broken.md: 6 table rows read, 2 products imported",
                "referentiel-produits-empty.md: 0 table rows read, 0 products imported",
                "2 products imported from 2 files"), lines);
    }

    static List<String> keysAndLines(List<Problem> problems) {
        return problems.stream().map(p -> p.message().key() + "@" + p.line()).toList();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ReferentialImporterTest.class.getResource("import/" + name).toURI());
    }
}
