package fr.cctlint.report;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Suppression;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, as CI servers (GitLab, Jenkins, Azure DevOps) show test results. One test suite per input, one
 * test case per assessed component: a component fails on findings at or above {@code --fail-on}, passes with a
 * {@code system-out} saying why (referential row, deployment and its reason, findings below the threshold), and
 * is skipped when out of scope. Each read problem is a test case in error; a finding on no component (a waiver)
 * is a test case of its own.
 */
public final class JunitReporter implements Reporter {
    public static final String NAME = "junit";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileName() {
        return "cct-lint-junit.xml";
    }

    /** One test case before it is written. */
    private record Case(String classname, String name, List<Finding> failures, List<Problem> errors, String skipped,
            String out) {
        boolean failed() {
            return !failures.isEmpty();
        }
    }

    @Override
    public void write(ScanReport report, Messages messages, OutputStream out) throws IOException {
        ReportTexts texts = new ReportTexts(messages, report.referential());
        List<List<Case>> suites = new ArrayList<>();
        for (InputReport input : report.inputs()) {
            suites.add(cases(input, report, texts));
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", report.tool().name());
            xml.writeAttribute("tests", count(suites.stream().mapToInt(List::size).sum()));
            xml.writeAttribute("failures", count(suites.stream().mapToLong(s -> s.stream().filter(Case::failed).count()).sum()));
            xml.writeAttribute("errors", count(suites.stream().mapToLong(s -> s.stream().filter(c -> !c.errors().isEmpty()).count()).sum()));
            for (int i = 0; i < suites.size(); i++) {
                writeSuite(xml, report, report.inputs().get(i), suites.get(i), texts);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        out.flush();
    }

    private List<Case> cases(InputReport input, ScanReport report, ReportTexts texts) {
        List<Case> cases = new ArrayList<>();
        for (Assessment assessment : input.assessments()) {
            List<Finding> findings = ReportFacts.findingsOf(input, assessment);
            List<Finding> failing = findings.stream().filter(f -> report.fails(f.severity())).toList();
            List<Finding> noted = findings.stream().filter(f -> !report.fails(f.severity())).toList();
            List<String> out = new ArrayList<>(FindingDetail.why(assessment, texts));
            addNoted(out, noted, report, texts);
            List<Suppression> waived = ReportFacts.suppressionsOf(input, assessment);
            String skipped = assessment.verdict() == Verdict.OUT_OF_SCOPE && failing.isEmpty()
                    ? texts.verdictLabel(Verdict.OUT_OF_SCOPE) + ": " + texts.render(assessment.classification().reason())
                    : failing.isEmpty() && !waived.isEmpty() ? waivedText(waived, texts) : null;
            Component c = assessment.component();
            cases.add(new Case(ecosystem(c), c.displayName(), failing, List.of(), skipped, String.join("\n", out)));
        }
        for (Finding finding : ReportFacts.unattachedFindings(input)) {
            boolean fails = report.fails(finding.severity());
            List<String> out = new ArrayList<>();
            if (!fails) {
                addNoted(out, List.of(finding), report, texts);
            }
            cases.add(new Case(finding.rule().id(), finding.location().location(),
                    fails ? List.of(finding) : List.of(), List.of(), null, String.join("\n", out)));
        }
        for (Problem problem : input.problems()) {
            cases.add(new Case("input", problem.evidence().location(), List.of(), List.of(problem), null, ""));
        }
        return cases;
    }

    /** The skip message of a component whose findings are all waived: rule, reason, approver, expiry. */
    private static String waivedText(List<Suppression> waived, ReportTexts texts) {
        return String.join("; ", waived.stream().map(w -> texts.get("report.waived", w.finding().rule().id(),
                nullToDash(w.waiver().reason()), nullToDash(w.waiver().approvedBy()),
                w.waiver().expires() == null ? "-" : w.waiver().expires().toString())).toList());
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static void addNoted(List<String> out, List<Finding> noted, ScanReport report, ReportTexts texts) {
        if (noted.isEmpty()) {
            return;
        }
        out.add(texts.get("report.junit.belowThreshold", texts.severityLabel(report.failOn())));
        for (Finding f : noted) {
            out.add(FindingDetail.full(f, texts));
        }
    }

    /** The purl type ({@code maven}, {@code docker}), else the component type: groups cases in CI views. */
    private static String ecosystem(Component component) {
        String purl = component.purl();
        if (purl != null && purl.startsWith("pkg:") && purl.indexOf('/') > 4) {
            return purl.substring(4, purl.indexOf('/'));
        }
        return component.type().cyclonedxName();
    }

    private void writeSuite(XMLStreamWriter xml, ScanReport report, InputReport input, List<Case> cases,
            ReportTexts texts) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", clean(input.source().location()));
        xml.writeAttribute("tests", count(cases.size()));
        xml.writeAttribute("failures", count(cases.stream().filter(Case::failed).count()));
        xml.writeAttribute("errors", count(cases.stream().filter(c -> !c.errors().isEmpty()).count()));
        xml.writeAttribute("skipped", count(cases.stream().filter(c -> c.skipped() != null).count()));
        xml.writeAttribute("timestamp",
                TIMESTAMP.format(LocalDateTime.ofInstant(report.finishedAt().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)));
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "referential", texts.editions());
        property(xml, "failOn", report.failOn().sarifLevel());
        property(xml, "newProject", String.valueOf(report.newProject()));
        property(xml, "source.kind", input.source().kind().name());
        if (input.source().format() != null) {
            property(xml, "source.format", input.source().format());
        }
        if (input.source().subject() != null) {
            property(xml, "source.subject", input.source().subject());
        }
        for (String key : List.of(fr.cctlint.model.SourceInfo.REPOSITORY, fr.cctlint.model.SourceInfo.REF,
                fr.cctlint.model.SourceInfo.COMMIT)) {
            String value = input.source().details().get(key);
            if (value != null) {
                property(xml, "source." + key, value);
            }
        }
        property(xml, "excludedComponents", count(input.excludedCount()));
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        for (Case c : cases) {
            writeCase(xml, c, texts);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", clean(value));
    }

    private void writeCase(XMLStreamWriter xml, Case c, ReportTexts texts) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", clean(c.classname()));
        xml.writeAttribute("name", clean(c.name()));
        for (Finding f : c.failures()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", clean(FindingDetail.oneLine(texts.render(f.message()))));
            xml.writeAttribute("type", f.rule().id());
            xml.writeCharacters(clean(FindingDetail.full(f, texts)));
            xml.writeEndElement();
        }
        for (Problem p : c.errors()) {
            String message = texts.render(p.message());
            xml.writeCharacters("\n      ");
            xml.writeStartElement("error");
            xml.writeAttribute("message", clean(FindingDetail.oneLine(message)));
            xml.writeAttribute("type", Rule.CCT009.id());
            xml.writeCharacters(clean(String.join("\n",
                    texts.get("report.junit.problem", p.evidence().location()), message,
                    texts.get("report.detail.howToFix", texts.ruleHelp(Rule.CCT009)))));
            xml.writeEndElement();
        }
        if (c.skipped() != null) {
            xml.writeCharacters("\n      ");
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", clean(FindingDetail.oneLine(c.skipped())));
        }
        if (!c.out().isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean(c.out()));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static String count(long n) {
        return Long.toString(n);
    }

    /** Drops characters XML 1.0 cannot carry (control characters from hostile input), keeping tabs and newlines. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            sb.appendCodePoint(allowed ? cp : 0xFFFD);
        });
        return sb.toString();
    }
}
