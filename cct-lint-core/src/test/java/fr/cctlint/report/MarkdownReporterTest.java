package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.classify.Classification;
import fr.cctlint.classify.Deployment;
import fr.cctlint.i18n.Message;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.model.SourceKind;
import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import fr.cctlint.policy.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownReporterTest extends AbstractReporterTest {
    /** A name a hostile bidder could put in a manifest: every Markdown, HTML and GitLab reference trick. */
    static final String HOSTILE = "x|y *bold* _it_ `code` <img src=x onerror=alert(1)> [link](http://evil.example)"
            + " @all #12 !3 ~bug\n# heading";

    @Override
    Reporter reporter() {
        return new MarkdownReporter();
    }

    @Override
    String extension() {
        return "md";
    }

    private static List<String> rows(String markdown) {
        return markdown.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| ---")).toList();
    }

    /** The cells of a table row as GFM splits them: on pipes not escaped by a backslash. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length()) {
                cell.append(c).append(row.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }

    @Test
    void verdictTitleAndResultAtTheThreshold() throws IOException {
        String many = render(ReportFixtures.many(), Messages.english());
        assertTrue(many.startsWith("## cct-lint: not conform\n\n**Result: NOT conform, 6 findings at or above error.**\n"),
                many);
        String empty = render(ReportFixtures.empty(), Messages.french());
        assertTrue(empty.startsWith("## cct-lint : conforme\n\n**Résultat : conforme, aucun constat de niveau erreur ou plus.**"),
                empty);
        assertTrue(empty.contains("\nAucun constat.\n"), empty);
        String lenient = render(ReportFixtures.scan(ReportFixtures.many().inputs(), Severity.NONE, false),
                Messages.english());
        assertTrue(lenient.startsWith("## cct-lint: no threshold enforced\n\n**Result: not enforced (--fail-on none).**"),
                lenient);
    }

    @Test
    void countsPerRuleAndSeverityWithATotal() throws IOException {
        String many = render(ReportFixtures.many(), Messages.english());
        assertTrue(many.contains("| Rule | error | warning | note |\n| --- | ---: | ---: | ---: |\n"), many);
        assertTrue(many.contains("| CCT001 Unlisted operated component | 3 | 0 | 0 |"), many);
                assertTrue(many.contains("| CCT009 Unreadable input | 2 | 0 | 0 |"), many);
        assertTrue(many.contains("| **Total** | **6** | **4** | **1** |"), many);
        assertTrue(many.contains("- Problems: 3 problems while reading the inputs."), many);
        String french = render(ReportFixtures.many(), Messages.french());
        assertTrue(french.contains("| Règle | erreur | avertissement | note |"), french);
    }

    @Test
    void findingRowNamesRuleSeverityLocationComponentAndMessage() throws IOException {
        List<String> rows = rows(render(ReportFixtures.one(), Messages.english()));
        assertTrue(rows.contains("| CCT001 | error | `bom.json:42` | `rabbitmq@3.13` | rabbitmq@3.13 is operated on its own "
                + "and is not in the referential. |"), String.join("\n", rows));
        // a finding on no component (a waiver) leaves the component cell empty; a file without a line shows the file
        List<String> many = rows(render(ReportFixtures.many(), Messages.english()));
        assertTrue(many.stream().anyMatch(r -> r.startsWith("| CCT007 | warning | `.cct-lint.yaml:8` |  | ")), String.join("\n", many));
        assertTrue(many.stream().anyMatch(r -> r.startsWith("| CCT001 | error | `sboms/legacy bom.xml` | `Oracle JDK@8u401` |")),
                String.join("\n", many));
    }

    @Test
    void listsAtMostTwentyFindingsMostSevereFirst() throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        Severity[] severities = {Severity.NOTE, Severity.WARNING, Severity.ERROR};
        for (int i = 1; i <= 25; i++) {
            Component c = component("lib" + i, new Evidence("pom.xml", i, "<artifactId>lib" + i + "</artifactId>"));
            assessments.add(new Assessment(c, new Classification(Deployment.OPERATED,
                    Message.of("reportfixture.reason.image")), null, Verdict.UNLISTED_OPERATED));
            findings.add(new Finding(Rule.CCT001, severities[i % 3], c, null,
                    Message.of("reportfixture.unlistedOperated", c.displayName()), c.primaryEvidence(), "fp" + i));
        }
        ScanReport report = ReportFixtures.scan(List.of(new InputReport(
                new SourceInfo(SourceKind.FOLDER, ".", null, null, Map.of()), assessments, findings, List.of(), 0)),
                Severity.ERROR, false);
        String md = render(report, Messages.english());
        List<String> top = rows(md).stream().filter(r -> r.startsWith("| CCT001 | ")).toList();
        assertEquals(20, top.size(), md);
        assertTrue(md.contains("### Most severe findings (20 of 25)"), md);
        assertTrue(md.contains("\n5 more findings are in the full report (text, JSON, SARIF or HTML).\n"), md);
        int previous = Integer.MAX_VALUE;
        for (String row : top) {
            int rank = List.of("note", "warning", "error").indexOf(cells(row).get(1));
            assertTrue(rank >= 0 && rank <= previous, "not most severe first: " + top);
            previous = rank;
        }
        // all 8 errors and 9 warnings are listed, so 5 of the 8 notes are left out; equal severities keep file order
        assertEquals(8, top.stream().filter(r -> cells(r).get(1).equals("error")).count());
        assertEquals(3, top.stream().filter(r -> cells(r).get(1).equals("note")).count());
        assertEquals(List.of("`pom.xml:2`", "`pom.xml:5`"), top.stream().limit(2).map(r -> cells(r).get(2)).toList());
        String french = render(report, Messages.french());
        assertTrue(french.contains("### Constats les plus graves (20 sur 25)"), french);
        assertTrue(french.contains("\n5 autres constats figurent dans le rapport complet (texte, JSON, SARIF ou HTML).\n"),
                french);
    }

    @Test
    void aHostileNameCannotBreakTheTableNorInjectMarkupOrMentions() throws IOException {
        Component evil = component(HOSTILE, new Evidence("a|b `c`.yml", 7, "name: evil"));
        Finding f = new Finding(Rule.CCT001, Severity.ERROR, evil, null,
                Message.of("reportfixture.unlistedOperated", evil.displayName()), evil.primaryEvidence(), "fp-evil");
        Assessment a = new Assessment(evil, new Classification(Deployment.OPERATED,
                Message.of("reportfixture.reason.image")), null, Verdict.UNLISTED_OPERATED);
        SourceInfo source = new SourceInfo(SourceKind.GIT, "https://git.example/bid.git", null, "@all <b>bid</b>",
                Map.of(SourceInfo.COMMIT, "0123abcd", SourceInfo.REF, "v1`0", SourceInfo.REPOSITORY,
                        "https://git.example/bid.git"));
        ScanReport report = ReportFixtures.scan(List.of(new InputReport(source, List.of(a), List.of(f), List.of(), 0)),
                Severity.ERROR, false);
        for (Messages messages : List.of(Messages.english(), Messages.french())) {
            String md = render(report, messages);
            List<String> rows = rows(md);
            String row = rows.stream().filter(r -> r.startsWith("| CCT001 | ")).findFirst().orElseThrow();
            // the newline in the name did not end the row, and its pipes did not add cells
            assertEquals(5, cells(row).size(), row);
            rows.stream().filter(r -> r.matches("\\| CCT00\\d \\| .*")).forEach(r -> assertEquals(5, cells(r).size(), r));
            assertEquals("``a\\|b `c`.yml:7``", cells(row).get(2), row);
            // the component is a code span (literal, never rendered), with its pipe escaped for the table
            assertTrue(cells(row).get(3).startsWith("``x\\|y *bold* _it_ `code` <img"), row);
            // the message is plain text with every special character escaped
            String message = cells(row).get(4);
            assertTrue(message.contains("\\*bold\\* \\_it\\_ \\`code\\` \\<img src=x onerror=alert(1)\\>"), message);
            assertTrue(message.contains("\\[link\\](http://evil.example) \\@all \\#12 \\!3 \\~bug \\# heading"), message);
            assertFalse(message.matches(".*(?<!\\\\)[<>*_\\[\\]`|#!~].*"), "unescaped markup in: " + message);
            assertFalse(md.contains("\n# heading"), md);
            // the subject and repository are code spans: no mention, no HTML, no autolink
            assertTrue(md.contains("`@all <b>bid</b>`"), md);
            assertTrue(md.contains("`https://git.example/bid.git`"), md);
            assertTrue(md.contains("``v1`0``"), md);
        }
    }

    @Test
    void isLinkFree() throws IOException {
        for (ScanReport report : ReportFixtures.all().values()) {
            String md = render(report, Messages.english());
            assertFalse(md.contains("]("), md);
            assertFalse(md.contains("://"), md);
        }
    }

    @Test
    void escapingKeepsTheTextReadable() {
        assertEquals("rabbitmq@3.13 is fine", MarkdownText.escape("rabbitmq@3.13 is fine"));
        assertEquals("\\@all and x \\@bob", MarkdownText.escape("@all and x @bob"));
        assertEquals("a b \uFFFD", MarkdownText.escape("a\r\nb \u001B"));
        assertEquals("``a`b``", MarkdownText.code("a`b"));
        assertEquals("`` `a ``", MarkdownText.code("`a"));
        assertEquals("`a\\|b`", MarkdownText.codeInCell("a|b"));
        assertEquals("`a|b`", MarkdownText.code("a|b"));
        assertEquals(MarkdownText.SHORT, MarkdownText.shorten("é".repeat(500)).codePointCount(0,
                MarkdownText.shorten("é".repeat(500)).length()));
        assertTrue(MarkdownText.shorten("é".repeat(500)).endsWith("\u2026"));
    }

    private static Component component(String name, Evidence evidence) {
        return new Component(name, name, null, null, null, null, ComponentType.CONTAINER, Scope.RUNTIME, false,
                List.of(evidence), Map.of());
    }
}
