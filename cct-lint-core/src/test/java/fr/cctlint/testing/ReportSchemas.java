package fr.cctlint.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Assumptions;
import org.xml.sax.SAXException;

/**
 * The official schemas reports are checked against, read from {@code ../shared/schemas} (system property
 * {@code cct.shared}). Where that folder is absent the calling test is skipped, saying why. Shared with the CLI
 * module's tests through the core test-jar.
 */
public final class ReportSchemas {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportSchemas() {
    }

    /** A file of {@code ../shared}, or the test is skipped. */
    public static Path shared(String relative) {
        String shared = System.getProperty("cct.shared");
        Path file = shared == null ? null : Path.of(shared).resolve(relative);
        Assumptions.assumeTrue(file != null && Files.exists(file),
                relative + " is not available (system property cct.shared unset or ../shared absent)");
        return file;
    }

    /** The OASIS SARIF 2.1.0 schema. */
    public static JsonSchema sarif() throws IOException {
        Path schema = shared("schemas/sarif-schema-2.1.0.json");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(MAPPER.readTree(schema.toFile()));
    }

    /** The JUnit XML schema Jenkins uses; no external access while reading or validating. */
    /** Our own minimal JSON schema of the fields GitLab documents for a Code Quality report (test resources). */
    public static JsonSchema gitlabCodeQuality() throws IOException {
        try (java.io.InputStream in = ReportSchemas.class.getResourceAsStream("/report/schemas/gitlab-code-quality.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(new ObjectMapper().readTree(in));
        }
    }

    public static Schema junit() throws SAXException {
        Path xsd = shared("schemas/junit.xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newSchema(xsd.toFile());
    }

    /** Throws with the first violation when the XML does not conform. */
    public static void validate(Schema schema, String xml) throws SAXException, IOException {
        var validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    public static JsonNode json(String text) throws IOException {
        return MAPPER.readTree(text);
    }
}
