package fr.cctlint.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code rules/referential/cct-mi.yaml} is what the importer makes of the published tables. Fails on
 * drift; {@code -Dcct.updateGolden=true} rewrites the file. Skips when the tables are not available.
 */
class BundledReferentialIsUpToDateTest {

    @Test
    void committedFileIsTheImportOfThePublishedTables() throws Exception {
        Path cct = TestPaths.cctFolder();
        Path target = TestPaths.root().resolve("rules/referential/cct-mi.yaml");
        ImportResult result = ReferentialImporter.cctMi().importFolder(cct);
        assertTrue(result.report().clean(), () -> "import problems: " + result.report());
        String yaml = new ReferentialWriter().toYaml(result.referential(),
                ReferentialWriter.generatedHeader(result.referential().provenance()));
        if (Boolean.getBoolean("cct.updateGolden")) {
            Files.writeString(target, yaml, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(target), "run with -Dcct.updateGolden=true to generate " + target);
        assertEquals(yaml, Files.readString(target, StandardCharsets.UTF_8),
                "rules/referential/cct-mi.yaml is out of date: run with -Dcct.updateGolden=true");
    }
}
