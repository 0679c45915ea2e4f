package fr.cctlint.cloudnative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code rules/cloud-native/requirements.yaml} is what the importer makes of the published table
 * and the committed profile. Fails on drift; {@code -Dcct.updateGolden=true} rewrites the file. Skips when the
 * published table is not available.
 */
class RequirementsFileIsUpToDateTest {

    @Test
    void committedFileIsTheImportOfThePublishedTable() throws Exception {
        Path table = SharedFiles.requirementsTable();
        Path root = SharedFiles.root();
        Path target = root.resolve("rules/cloud-native/requirements.yaml");
        RequirementsImport result = RequirementsImporter.withProfile(
                root.resolve("rules/cloud-native/requirements.import.yaml")).importFile(table);
        assertTrue(result.clean(), () -> "import problems: " + result.problems());
        String yaml = new RequirementsWriter().toYaml(result.requirements(),
                RequirementsWriter.generatedHeader(result.requirements().provenance()));
        if (Boolean.getBoolean("cct.updateGolden")) {
            Files.writeString(target, yaml, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(target), "run with -Dcct.updateGolden=true to generate " + target);
        assertEquals(yaml, Files.readString(target, StandardCharsets.UTF_8),
                "rules/cloud-native/requirements.yaml is out of date: run with -Dcct.updateGolden=true");
    }
}
