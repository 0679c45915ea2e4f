package fr.cctlint.referential;

import static fr.cctlint.referential.ReferentialImporterTest.keysAndLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferentialLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<Problem> problemsOf(Runnable load) {
        ReferentialException e = assertThrows(ReferentialException.class, load::run);
        return e.problems();
    }

    private static List<String> sorted(List<Problem> problems) {
        return keysAndLines(problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList());
    }

    // ---- bundled

    @Test
    void bundledReferentialLoadsFromTheClasspath() {
        Referential bundled = ReferentialLoader.bundled();
        assertEquals(336, bundled.products().size());
        assertEquals("cct-mi", bundled.provenance().id());
        assertTrue(bundled.provenance().attribution().contains("18 janvier 2025"));
        assertEquals("Licence Ouverte / Open Licence 2.0 (Etalab)", bundled.provenance().licence());
        assertEquals(Map.of("R", Severity.NONE, "A", Severity.NOTE, "M", Severity.WARNING, "O", Severity.WARNING),
                Map.of("R", bundled.status("R").orElseThrow().severity(), "A", bundled.status("A").orElseThrow().severity(),
                        "M", bundled.status("M").orElseThrow().severity(), "O", bundled.status("O").orElseThrow().severity()));
        assertEquals(Severity.ERROR, bundled.status("M").orElseThrow().severityFor(true));
        assertEquals("CCT002", bundled.status("M").orElseThrow().rule());
        assertTrue(bundled.status("R").orElseThrow().passes());
        Product tomcat = bundled.find("AT-1486").orElseThrow();
        assertEquals("9 – Version SILL", tomcat.versionText());
        assertTrue(tomcat.constraint().matches("9.0.85"));
        assertEquals(ReferentialLoader.BUNDLED, tomcat.origin().file());
        assertTrue(tomcat.origin().line() > 0);
    }

    // ---- round trip

    @Test
    void writeThenLoadGivesTheSameReferential() throws IOException {
        Provenance provenance = new Provenance("test", "Test edition", "https://example.org", "abc", "2025-01-18",
                "Licence Ouverte", "Source : exemple, 18 janvier 2025");
        Map<String, StatusDefinition> statuses = Map.of(
                "R", new StatusDefinition("R", "recommended", "recommandé", null, Severity.NONE, null),
                "M", new StatusDefinition("M", "maintained", "maintenu", "CCT002", Severity.WARNING, Severity.ERROR));
        Selectors selectors = new Selectors(List.of("pkg:maven/org.apache.tomcat/tomcat", "pkg:npm/@scope/x-*"),
                List.of(new CpeSelector("apache", "tomcat")), List.of("tomcat", "Apache: Tomcat"), List.of("tomcat"),
                List.of("tomcat9"));
        List<Product> products = List.of(
                new Product("AT-1", "Tomcat", "Apache Software Foundation", "Partie 2 : AT", "Chapitre 1 : [ X ]", true,
                        true, "9 – Version SILL", VersionConstraints.parse("9"), "R",
                        "Ligne « un » : 'quotes' \"double\"\n- deux\n\n  indentée # pas un commentaire", "updated",
                        selectors, null),
                new Product("AT-2", "Yes", "", null, null, false, false, "", VersionConstraints.ANY, "M", "", null,
                        Selectors.NONE, null),
                new Product("AT-3", "2.4", "null", "*", "- dash", false, true, "> = 2.8", VersionConstraints.parse(">=2.8"),
                        "R", "trailing space ", "new", Selectors.NONE, null));
        Referential original = new Referential(List.of(provenance), statuses, products);
        String yaml = new ReferentialWriter().toYaml(original, ReferentialWriter.generatedHeader(provenance));
        Path file = write("roundtrip.yaml", yaml);

        Referential loaded = ReferentialLoader.load(file);
        assertEquals(original, withoutOrigins(loaded));
        assertEquals(new Evidence(file.toString(), loaded.find("AT-2").orElseThrow().origin().line(), "ref: AT-2"),
                loaded.find("AT-2").orElseThrow().origin());
        assertEquals("  - ref: AT-2", Files.readAllLines(file).get(loaded.find("AT-2").orElseThrow().origin().line() - 1));
        assertEquals(yaml, new ReferentialWriter().toYaml(loaded, ReferentialWriter.generatedHeader(provenance)),
                "writing is deterministic");
    }

    @Test
    void theRealImportSurvivesARoundTrip() throws Exception {
        ImportResult result = ReferentialImporter.cctMi().importFolder(TestPaths.cctFolder());
        Path file = write("cct-mi.yaml", new ReferentialWriter().toYaml(result.referential(), List.of()));
        assertEquals(withoutOrigins(result.referential()), withoutOrigins(ReferentialLoader.load(file)));
    }

    private static Referential withoutOrigins(Referential r) {
        return new Referential(r.editions(), r.statuses(), r.products().stream()
                .map(p -> new Product(p.ref(), p.name(), p.supplier(), p.part(), p.chapter(), p.openSource(),
                        p.supportLL(), p.versionText(), p.constraint(), p.status(), p.comment(), p.change(),
                        p.selectors(), null))
                .toList());
    }

    // ---- errors, each with its line, all of them at once

    @Test
    void reportsEveryProblemOfAFileWithItsLine() throws IOException {
        Path file = write("broken.yaml", """
                provenance:
                  id: test
                  date: 18/01/2025
                  editor: me
                statuses:
                  R:
                    labelEn: recommended
                    labelFr: recommandé
                    severity: NONE
                  X:
                    labelEn: x
                    labelFr: x
                    rule: CCT999
                    severity: FATAL
                products:
                  - ref: AT-1
                    name: One
                    status: R
                    constraint: "~2"
                  - ref: AT-2
                    name: Two
                    status: Q
                  - ref: AT-1
                    name: Again
                    status: R
                  - name: No ref
                    status: R
                  - ref: AT-3
                    name: Three
                    status: R
                    openSource: yes
                    version: Version 2 ou 3
                    purls: pkg:maven/x/y
                    name: Dup
                    change: edited
                selectors:
                  - refs: [AT-2, AT-404]
                    names: [two]
                  - names: [nothing]
                """);
        List<Problem> problems = problemsOf(() -> ReferentialLoader.load(file));
        assertEquals(List.of("referential.load.badDate@3", "referential.load.unknownKey@4",
                "referential.load.badRule@13", "referential.load.badSeverity@14", "referential.load.badConstraint@19",
                "referential.load.undefinedStatus@20", "referential.load.duplicateRef@23",
                "referential.load.missingKey@26", "referential.load.notBoolean@31",
                "referential.load.unreadableVersion@32", "referential.load.notList@33",
                "referential.load.duplicateKey@34", "referential.load.badChange@35",
                "referential.load.unknownRef@37", "referential.load.emptyRefs@39"), sorted(problems));
        assertTrue(problems.stream().allMatch(p -> p.file().equals(file.toString())));
        Problem unknownKey = problems.stream().filter(p -> p.line() == 4).findFirst().orElseThrow();
        assertEquals("unknown key \"editor\" in provenance; expected one of: attribution, date, id, licence, "
                + "revision, source, title", Messages.english().render(unknownKey.message()));
        assertEquals("clé inconnue « editor » dans provenance ; clés attendues : attribution, date, id, licence, "
                + "revision, source, title", Messages.french().render(unknownKey.message()));
    }

    @Test
    void wrongTypesAreReported() throws IOException {
        Path file = write("types.yaml", """
                products:
                  ref: AT-1
                statuses: [R, A]
                """);
        assertEquals(List.of("referential.load.notList@2", "referential.load.notMapping@3"),
                sorted(problemsOf(() -> ReferentialLoader.load(file))));
        Path scalar = write("scalar.yaml", "just a sentence\n");
        assertEquals(List.of("referential.load.notMapping@1"), sorted(problemsOf(() -> ReferentialLoader.load(scalar))));
        Path nested = write("nested.yaml", """
                products:
                  - ref: [AT-1]
                    name: {a: b}
                    status: R
                """);
        assertEquals(List.of("referential.load.notScalar@2", "referential.load.notScalar@3"),
                sorted(problemsOf(() -> ReferentialLoader.load(nested))));
    }

    @Test
    void syntaxErrorsNameTheLine() throws IOException {
        Path file = write("syntax.yaml", """
                products:
                  - ref: AT-1
                    name: "unterminated
                    status: R
                """);
        List<Problem> problems = problemsOf(() -> ReferentialLoader.load(file));
        assertEquals(1, problems.size());
        assertEquals("referential.load.syntax", problems.get(0).message().key());
        assertTrue(problems.get(0).line() >= 3, "line " + problems.get(0).line());
        assertTrue(problems.get(0).fatal());
    }

    @Test
    void refusesABillionLaughs() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            bomb.append(String.join(",", java.util.Collections.nCopies(9, "*" + prev))).append("]\n");
        }
        Path file = write("bomb.yaml", bomb.toString());
        List<Problem> problems = problemsOf(() -> ReferentialLoader.load(file));
        assertEquals(List.of("referential.load.aliases"), problems.stream().map(p -> p.message().key()).toList());
        assertEquals("YAML anchors and aliases are not allowed in a referential file",
                Messages.english().render(problems.get(0).message()));
    }

    @Test
    void refusesEvenOneAlias() throws IOException {
        Path file = write("alias.yaml", """
                statuses:
                  R: &r {labelEn: recommended, labelFr: recommandé, severity: NONE}
                  A: *r
                """);
        assertTrue(sorted(problemsOf(() -> ReferentialLoader.load(file))).contains("referential.load.aliases@2"));
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "products:\n  - ref: AT-1\n    name: Caf\u00e9\n    status: R\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        List<Problem> problems = problemsOf(() -> ReferentialLoader.load(file));
        assertEquals(List.of("referential.load.notUtf8@3"), sorted(problems));
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path empty = write("empty.yaml", "");
        Path comments = write("comments.yaml", "# nothing\n");
        Path braces = write("braces.yaml", "{}\n");
        assertEquals(List.of("referential.load.empty@1"), sorted(problemsOf(() -> ReferentialLoader.load(empty))));
        assertEquals(List.of("referential.load.empty@1"), sorted(problemsOf(() -> ReferentialLoader.load(comments))));
        assertEquals(List.of("referential.load.noContent@1"), sorted(problemsOf(() -> ReferentialLoader.load(braces))));
    }

    @Test
    void refusesA20MegabyteFileWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.yaml");
        byte[] line = "  - ref: AT-1\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("products:\n".getBytes(StandardCharsets.UTF_8));
            for (int written = 0; written < 20 * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        List<Problem> problems = problemsOf(() -> ReferentialLoader.load(file));
        assertEquals(List.of("referential.load.tooLarge"), problems.stream().map(p -> p.message().key()).toList());
        assertTrue(Messages.english().render(problems.get(0).message()).contains("more than the 8388608 bytes"));
    }

    @Test
    void aMissingFileIsAProblemNotACrash() {
        Path file = dir.resolve("absent.yaml");
        assertEquals(List.of("referential.load.unreadable@0"), sorted(problemsOf(() -> ReferentialLoader.load(file))));
    }

    // ---- standalone user file, layering, selectors

    @Test
    void aStandaloneFileWithoutStatusesUsesTheBundledDefinitions() throws IOException {
        Path file = write("mine.yaml", """
                products:
                  - ref: XX-1
                    name: Outil maison
                    version: 2.x
                    status: M
                """);
        Referential mine = ReferentialLoader.load(file);
        assertEquals(List.of("XX-1"), mine.products().stream().map(Product::ref).toList());
        assertEquals("2", mine.find("XX-1").orElseThrow().constraint().expression());
        assertEquals("CCT002", mine.status("M").orElseThrow().rule());
        assertEquals("mine.yaml", mine.provenance().id());
    }

    @Test
    void layersUserFilesByReference() throws IOException {
        Path overlay = write("selectors.yaml", """
                selectors:
                  - refs: [AT-1541]
                    images: [example/pg-custom]
                """);
        Path supplement = write("supplement.yaml", """
                provenance:
                  id: prefecture-x
                  title: Dérogations de la préfecture X
                  date: 2025-03-01
                statuses:
                  O:
                    labelEn: under observation
                    labelFr: en observation
                    rule: CCT003
                    severity: ERROR
                products:
                  - ref: AT-1541
                    name: PostgreSQL
                    version: ">=15"
                    status: A
                    comment: Autorisé en version 15 et plus seulement.
                  - ref: XX-1
                    name: Outil maison
                    status: R
                    names: [outil maison]
                """);
        Referential bundled = ReferentialLoader.bundled();
        Referential layered = ReferentialLoader.layered(List.of(overlay, supplement));
        assertEquals(337, layered.products().size());
        assertEquals(bundled.products().indexOf(bundled.find("AT-1541").orElseThrow()),
                layered.products().indexOf(layered.find("AT-1541").orElseThrow()), "a replaced row keeps its place");
        Product postgres = layered.find("AT-1541").orElseThrow();
        assertEquals("A", postgres.status());
        assertEquals(">=15", postgres.constraint().expression());
        assertTrue(postgres.selectors().images().contains("example/pg-custom"),
                "a row without selectors keeps the old ones");
        assertEquals(supplement.toString(), postgres.origin().file());
        assertEquals(List.of("outil maison"), layered.find("XX-1").orElseThrow().selectors().names());
        assertEquals(Severity.ERROR, layered.status("O").orElseThrow().severity());
        assertEquals(Severity.NOTE, layered.status("A").orElseThrow().severity(), "statuses not redefined are inherited");
        assertEquals(List.of("cct-mi", "selectors.yaml", "prefecture-x"),
                layered.editions().stream().map(Provenance::id).toList());
        assertEquals(bundled.find("AT-1486"), layered.find("AT-1486"));
    }

    @Test
    void layeringReportsEveryFile() throws IOException {
        Path a = write("a.yaml", """
                products:
                  - ref: XX-1
                    name: Un
                    status: Z
                """);
        Path b = write("b.yaml", """
                selectors:
                  - refs: [XX-1, NOPE-1]
                    names: [un]
                """);
        List<Problem> problems = problemsOf(() -> ReferentialLoader.layered(List.of(a, b)));
        assertEquals(List.of(a + ":2 referential.load.undefinedStatus", b + ":2 referential.load.unknownRef"),
                problems.stream().map(p -> p.file() + ":" + p.line() + " " + p.message().key()).toList());
        String rendered = Messages.english().render(problems.get(1).message());
        assertEquals("selectors name NOPE-1, which is not a reference id of the referential", rendered);
    }

    @Test
    void appliesTheSelectorOverlay() throws Exception {
        Path overlay = Path.of(getClass().getResource("overlay/cct-mi.selectors.yaml").toURI());
        Referential bundled = ReferentialLoader.bundled();
        Referential layered = ReferentialLoader.layered(List.of(overlay));
        Selectors tomcat = new Selectors(
                List.of("pkg:maven/org.apache.tomcat/tomcat", "pkg:maven/org.apache.tomcat.embed/tomcat-embed-*"),
                List.of(new CpeSelector("apache", "tomcat")), List.of("tomcat", "apache tomcat"),
                List.of("tomcat", "bitnami/tomcat"), List.of("tomcat9", "tomcat10"));
        for (String ref : List.of("AT-1484", "AT-1485", "AT-1486")) {
            Selectors before = bundled.find(ref).orElseThrow().selectors();
            assertEquals(before.plus(tomcat), layered.find(ref).orElseThrow().selectors(), ref);
        }
        assertTrue(layered.find("AT-1611").orElseThrow().selectors().purls().contains("pkg:npm/jquery"));
        assertEquals(bundled.find("AT-1473"), layered.find("AT-1473"), "rows not listed are untouched");
        assertEquals(336, layered.products().size());
    }

    @Test
    void validatorListsProblemsWithoutThrowing() throws Exception {
        ReferentialValidator validator = new ReferentialValidator();
        Path overlay = Path.of(getClass().getResource("overlay/cct-mi.selectors.yaml").toURI());
        assertEquals(List.of(), validator.validate(overlay));
        assertFalse(validator.validateStandalone(overlay).isEmpty(), "alone, the overlay names unknown rows");
        Path bad = write("bad.yaml", "products:\n  - ref: AT-1\n    status: R\n");
        assertEquals(List.of("referential.load.missingKey@2"), sorted(validator.validate(bad)));
    }
}
