package fr.cctlint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cctlint.policy.Severity;
import fr.cctlint.policy.Verdict;
import fr.cctlint.report.ReportCounts;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The verdict and the counts as a reader finds them in an HTML report (a parsed file or the DOM a browser
 * rendered): the verdict block's {@code data-conform}, and the number cell of each counts table row.
 */
public record HtmlReadBack(Document doc) {

    public static HtmlReadBack of(Document doc) {
        return new HtmlReadBack(doc);
    }

    public boolean conform() {
        String value = statement().attr("data-conform");
        assertEquals(true, value.equals("true") || value.equals("false"), "data-conform=" + value);
        return Boolean.parseBoolean(value);
    }

    public String failOn() {
        return statement().attr("data-fail-on");
    }

    /** The number in the counts row {@code data-count=key} ({@code components}, {@code verdict-LISTED}...). */
    public int count(String key) {
        Element cell = doc.selectFirst("tr[data-count=" + key + "] > td");
        assertNotNull(cell, "no count row " + key);
        return Integer.parseInt(cell.text().strip());
    }

    /** The number of findings the rule table gives for a rule. */
    public int ruleCount(String rule) {
        Element row = doc.selectFirst("#counts-rule tr[data-rule=" + rule + "]");
        assertNotNull(row, "no rule row " + rule);
        return Integer.parseInt(row.select("td").get(1).text().strip());
    }

    /**
     * The page says what the JSON report of the same scan says: verdict, threshold, every count, each input's
     * row, the findings rule by rule, and (when {@code scripted}, the DOM of a browser) the inventory script ran.
     */
    public void assertMatches(JsonNode json, boolean scripted) {
        JsonNode counts = json.get("counts");
        assertEquals(json.get("conform").asBoolean(), conform());
        assertEquals(json.get("failOn").asText(), failOn());
        for (String key : List.of("components", "excluded", "findings", "failing", "problems")) {
            assertEquals(counts.get(key).asInt(), count(key), key);
        }
        for (Severity s : ReportCounts.FINDING_SEVERITIES) {
            assertEquals(counts.get("bySeverity").get(s.name()).asInt(), count("severity-" + s.name()), s.name());
        }
        for (Verdict v : Verdict.values()) {
            assertEquals(counts.get("byVerdict").get(v.name()).asInt(), count("verdict-" + v.name()), v.name());
        }
        List<Element> rows = doc.select("#counts-input tbody tr");
        assertEquals(json.get("inputs").size() > 1 ? json.get("inputs").size() : 0, rows.size(),
                "one row per input, when there are several");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode input = json.get("inputs").get(i);
            List<String> cells = rows.get(i).select("td").eachText();
            assertEquals(input.get("source").get("location").asText(), rows.get(i).selectFirst("th").text());
            assertEquals(input.get("counts").get("components").asText(), cells.get(0));
            assertEquals(input.get("counts").get("bySeverity").get("ERROR").asText(), cells.get(1));
            assertEquals(input.get("counts").get("bySeverity").get("WARNING").asText(), cells.get(2));
            assertEquals(input.get("counts").get("bySeverity").get("NOTE").asText(), cells.get(3));
            assertEquals(input.get("counts").get("problems").asText(), cells.get(4));
        }
        List<String> jsonRules = new ArrayList<>();
        json.get("inputs").forEach(in -> in.get("findings").forEach(f -> jsonRules.add(f.get("rule").asText())));
        assertEquals(jsonRules.stream().sorted().toList(),
                doc.select("li.finding").eachAttr("data-rule").stream().sorted().toList());
        // the Cloud Native grid: every requirement of the JSON grid, in its order, with its verdict
        List<String> jsonGrid = new ArrayList<>();
        json.get("inputs").forEach(in -> in.path("cloudNative").path("requirements")
                .forEach(r -> jsonGrid.add(r.get("id").asText() + "=" + r.get("verdict").asText())));
        assertEquals(jsonGrid, doc.select("table.grid tbody tr").stream()
                .map(tr -> tr.selectFirst("th").text() + "=" + tr.attr("data-verdict")).toList());
        Element table = doc.getElementById("inventory-table");
        assertNotNull(table, "no inventory table");
        assertEquals(counts.get("components").asInt(), table.select("tbody tr").size());
        if (scripted) {
            Element tools = doc.getElementById("inventory-tools");
            assertNotNull(tools);
            assertFalse(tools.hasAttr("hidden"), "the inventory script did not run");
            assertEquals(table.select("thead th").size(), table.select("thead th > button[type=button]").size());
        }
    }

    private Element statement() {
        Element statement = doc.getElementById("verdict-statement");
        assertNotNull(statement, "no verdict statement");
        return statement;
    }
}
