package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import fr.cctlint.policy.Severity;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class JunitReporterTest extends AbstractReporterTest {

    @Override
    Reporter reporter() {
        return new JunitReporter();
    }

    @Override
    String extension() {
        return "xml";
    }

    static Schema junitSchema() throws SAXException {
        return fr.cctlint.testing.ReportSchemas.junit();
    }

    static void validate(Schema schema, String xml) throws SAXException, IOException {
        fr.cctlint.testing.ReportSchemas.validate(schema, xml);
    }

    Document parse(ScanReport report, Messages messages) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(render(report, messages))));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("cases")
    void validatesAgainstTheJunitSchema(String fixture, String language) throws Exception {
        validate(junitSchema(), render(ReportFixtures.all().get(fixture), messages(language)));
    }

    @Test
    void theSchemaCheckRejectsATestSuiteWithoutCounts() throws Exception {
        Schema schema = junitSchema();
        assertThrows(SAXException.class, () -> validate(schema, "<testsuites><testsuite name=\"x\"/></testsuites>"));
    }

    @Test
    void oneSuitePerInputWithItsCounts() throws Exception {
        Document doc = parse(ReportFixtures.many(), Messages.english());
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(3, suites.getLength());
        Element shop = (Element) suites.item(0);
        assertEquals("examples/shop", shop.getAttribute("name"));
        // 10 components + the waiver finding + 2 read problems
        assertEquals("13", shop.getAttribute("tests"));
        assertEquals("3", shop.getAttribute("failures"), "rabbitmq, MariaDB server, the hostile component");
        assertEquals("2", shop.getAttribute("errors"));
        assertEquals("1", shop.getAttribute("skipped"));
        assertEquals("2026-03-02T09:15:30", shop.getAttribute("timestamp"));
        Element root = doc.getDocumentElement();
        assertEquals("15", root.getAttribute("tests"));
        assertEquals("4", root.getAttribute("failures"));
        assertEquals("3", root.getAttribute("errors"));
    }

    @Test
    void aFailingComponentCarriesRuleMessageLocationAndRemedy() throws Exception {
        Element failure = (Element) parse(ReportFixtures.one(), Messages.english()).getElementsByTagName("failure").item(0);
        assertEquals("CCT001", failure.getAttribute("type"));
        assertEquals("rabbitmq@3.13 is operated on its own and is not in the referential.", failure.getAttribute("message"));
        String text = failure.getTextContent();
        assertTrue(text.contains("CCT001 Unlisted operated component (error)"), text);
        assertTrue(text.contains("Location: bom.json:42"), text);
        assertTrue(text.contains("   42 | \"purl\": \"pkg:docker/library/rabbitmq@3.13\""), text);
        assertTrue(text.contains("How to fix: Replace it with a product listed in the referential."), text);
        Element testcase = (Element) failure.getParentNode();
        assertEquals("docker", testcase.getAttribute("classname"));
        assertEquals("rabbitmq@3.13", testcase.getAttribute("name"));
    }

    @Test
    void aPassingComponentSaysWhyItPasses() throws Exception {
        String xml = parse(ReportFixtures.many(), Messages.english()).getDocumentElement().getTextContent();
        assertTrue(xml.contains("Referential: AT-1541 PostgreSQL >=13, status R (recommended); matched by image postgres."),
                xml);
        assertTrue(xml.contains("Deployment: embedded (library linked into the application (Maven compile scope))."), xml);
        // below the threshold: noted, the case passes
        assertTrue(xml.contains("Noted below the --fail-on threshold (error):"), xml);
    }

    @Test
    void theThresholdDecidesWhatFails() throws Exception {
        ScanReport strict = ReportFixtures.scan(ReportFixtures.many().inputs(), Severity.NOTE, false);
        Element shop = (Element) parse(strict, Messages.english()).getElementsByTagName("testsuite").item(0);
        // every component finding fails now, and the waiver too
        assertEquals("8", shop.getAttribute("failures"));
    }

    @Test
    void hostileTextStaysWellFormed() throws Exception {
        assertFalse(render(ReportFixtures.many(), Messages.english()).contains("\u0007"),
                "a control character reached the XML");
        Element testcase = (Element) parse(ReportFixtures.many(), Messages.english())
                .getElementsByTagName("testcase").item(2);
        assertEquals("com.example/evil<&>\"lib\uFFFD@1.0", testcase.getAttribute("name"));
    }
}
