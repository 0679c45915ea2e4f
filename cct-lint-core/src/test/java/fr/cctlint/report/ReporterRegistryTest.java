package fr.cctlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Messages;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReporterRegistryTest {

    @Test
    void listsTheStandardFormats() {
        ReporterRegistry registry = ReporterRegistry.standard(ReportOptions.plain());
        assertEquals(List.of("text", "sarif", "junit", "json", "html", "markdown", "cyclonedx", "codequality", "grid"), registry.names());
        assertEquals("cct-lint.sarif", registry.byName("SARIF").orElseThrow().fileName());
        assertEquals("cct-lint-junit.xml", registry.byName(" junit ").orElseThrow().fileName());
        assertTrue(registry.byName("pdf").isEmpty());
        assertTrue(registry.byName(null).isEmpty());
    }

    @Test
    void refusesTwoReportersWithOneName() {
        assertThrows(IllegalStateException.class,
                () -> new ReporterRegistry(List.of(new JsonReporter(), new JsonReporter())));
    }

    @Test
    void refusesTwoReportersWritingOneFile() {
        Reporter other = new Reporter() {
            @Override
            public String name() {
                return "other";
            }

            @Override
            public String fileName() {
                return "cct-lint.json";
            }

            @Override
            public void write(ScanReport report, Messages messages, OutputStream out) {
            }
        };
        assertThrows(IllegalStateException.class, () -> new ReporterRegistry(List.of(new JsonReporter(), other)));
    }
}
