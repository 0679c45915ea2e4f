package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The verdict and the counts as a reader finds them in an HTML report (a parsed file or the DOM a browser
 * rendered): the verdict block's {@code data-conform}, and the number cell of each counts table row.
 */
record HtmlReadBack(Document doc) {

    static HtmlReadBack of(Document doc) {
        return new HtmlReadBack(doc);
    }

    boolean conform() {
        String value = statement().attr("data-conform");
        assertEquals(true, value.equals("true") || value.equals("false"), "data-conform=" + value);
        return Boolean.parseBoolean(value);
    }

    String failOn() {
        return statement().attr("data-fail-on");
    }

    /** The number in the counts row {@code data-count=key} ({@code components}, {@code verdict-LISTED}...). */
    int count(String key) {
        Element cell = doc.selectFirst("tr[data-count=" + key + "] > td");
        assertNotNull(cell, "no count row " + key);
        return Integer.parseInt(cell.text().strip());
    }

    /** The number of findings the rule table gives for a rule. */
    int ruleCount(String rule) {
        Element row = doc.selectFirst("#counts-rule tr[data-rule=" + rule + "]");
        assertNotNull(row, "no rule row " + rule);
        return Integer.parseInt(row.select("td").get(1).text().strip());
    }

    private Element statement() {
        Element statement = doc.getElementById("verdict-statement");
        assertNotNull(statement, "no verdict statement");
        return statement;
    }
}
