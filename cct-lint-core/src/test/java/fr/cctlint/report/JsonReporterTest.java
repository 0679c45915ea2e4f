package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cctlint.i18n.Messages;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonReporterTest extends AbstractReporterTest {

    @Override
    Reporter reporter() {
        return new JsonReporter();
    }

    @Override
    String extension() {
        return "json";
    }

    private JsonNode json(ScanReport report, Messages messages) throws IOException {
        return new ObjectMapper().readTree(render(report, messages));
    }

    @Test
    void carriesToolReferentialThresholdAndVerdict() throws IOException {
        JsonNode root = json(ReportFixtures.many(), Messages.english());
        assertEquals("cct-lint", root.at("/tool/name").asText());
        assertEquals("cct-mi", root.at("/referential/editions/0/id").asText());
        assertEquals("ERROR", root.path("failOn").asText());
        assertFalse(root.path("conform").asBoolean());
        assertEquals(6, root.at("/counts/failing").asInt());
        assertEquals(3, root.path("inputs").size());
        assertEquals("2026-03-02T09:15:30.123Z", root.path("finishedAt").asText());
    }

    @Test
    void anAssessmentSaysWhatWasDecidedAndWhy() throws IOException {
        JsonNode tomcat = null;
        for (JsonNode a : json(ReportFixtures.many(), Messages.french()).at("/inputs/0/assessments")) {
            if ("tomcat-embed-core".equals(a.at("/component/name").asText())) {
                tomcat = a;
            }
        }
        assertEquals("EMBEDDED", tomcat.at("/classification/deployment").asText());
        assertEquals("bibliothèque liée à l'application (portée Maven compile)", tomcat.at("/classification/reason").asText());
        assertEquals("AT-1210", tomcat.at("/match/entry/ref").asText());
        assertEquals("maintenu", tomcat.at("/match/entry/statusLabel").asText());
        assertEquals("LISTED_WITH_STATUS", tomcat.path("verdict").asText());
        assertEquals(40, tomcat.at("/component/evidence/0/line").asInt());
    }

    @Test
    void findingsAndProblemsKeepTheirLocations() throws IOException {
        JsonNode shop = json(ReportFixtures.many(), Messages.english()).at("/inputs/0");
        JsonNode first = null;
        for (JsonNode f : shop.path("findings")) {
            if ("CCT009".equals(f.path("rule").asText())) {
                first = f;
            }
        }
        assertTrue(first.path("failing").asBoolean());
        assertEquals("web/package.json", first.at("/location/file").asText());
        assertEquals(2, shop.path("problems").size());
        assertEquals(5, shop.at("/problems/0/column").asInt());
        assertEquals(4, shop.at("/counts/bySeverity/WARNING").asInt());
    }
}
