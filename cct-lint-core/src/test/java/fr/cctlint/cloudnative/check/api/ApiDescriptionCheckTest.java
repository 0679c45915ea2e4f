package fr.cctlint.cloudnative.check.api;

import fr.cctlint.cloudnative.check.CheckFixtures;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Evidence;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CN046 on fixtures: modules that expose HTTP, with and without a description or a generator. */
class ApiDescriptionCheckTest {
    private static final ApiDescriptionCheck CHECK = new ApiDescriptionCheck();

    static String pom(String artifact, String... deps) {
        StringBuilder sb = new StringBuilder("""
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>fr.example</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0.0</version>
                  <dependencies>
                """.formatted(artifact));
        for (String dep : deps) {
            String[] gav = dep.split(":");
            sb.append("    <dependency>\n      <groupId>").append(gav[0]).append("</groupId>\n      <artifactId>")
                    .append(gav[1]).append("</artifactId>\n      <version>").append(gav[2])
                    .append("</version>\n    </dependency>\n");
        }
        return sb.append("  </dependencies>\n</project>\n").toString();
    }

    static final String WEB = "org.springframework.boot:spring-boot-starter-web:3.3.4";
    static final String SPRINGDOC = "org.springdoc:springdoc-openapi-starter-webmvc-ui:2.6.0";

    private static List<String> flagged(CheckResult result) {
        return result.violations().stream().map(v -> v.location().location()).toList();
    }

    @Test
    void aSpringWebModuleWithoutDescriptionFailsAtItsDependency(@TempDir Path dir) {
        CheckResult result = CheckFixtures.run(CHECK, dir, Map.of("pom.xml", pom("api", WEB)));
        assertEquals(CheckResult.Outcome.FAILED, result.outcome());
        Violation v = result.violations().get(0);
        assertEquals("pom.xml", v.location().file());
        assertTrue(v.location().text().contains("spring-boot-starter-web"), v.location().text());
        assertEquals(Message.of("cnconfig.api.missing", "pom.xml", v.component().displayName()), v.message());
        assertEquals("pom.xml:api-description", v.subject());
    }

    @Test
    void aGeneratorInTheSameModuleMeetsIt(@TempDir Path dir) {
        CheckResult result = CheckFixtures.run(CHECK, dir, Map.of("pom.xml", pom("api", WEB, SPRINGDOC)));
        assertEquals(CheckResult.Outcome.PASSED, result.outcome());
        assertTrue(result.checked().get(0).text().contains("springdoc-openapi-starter-webmvc-ui"));
    }

    @Test
    void oneViolationPerModuleAndSiblingsDoNotCoverEachOther(@TempDir Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("orders/pom.xml", pom("orders", WEB, SPRINGDOC));
        files.put("billing/pom.xml", pom("billing", WEB));
        files.put("shared/pom.xml", pom("shared", "com.fasterxml.jackson.core:jackson-databind:2.17.2"));
        CheckResult result = CheckFixtures.run(CHECK, dir, files);
        assertEquals(1, result.violations().size());
        assertEquals("billing/pom.xml", result.violations().get(0).location().file());
        assertEquals(List.of("orders/pom.xml"), result.checked().stream().map(Evidence::file).toList());
    }

    @Test
    void aVerifiedOpenApiFileMeetsItForTheWholeProject(@TempDir Path dir) {
        CheckResult result = CheckFixtures.run(CHECK, dir, Map.of(
                "billing/pom.xml", pom("billing", WEB),
                "package.json", "{\n  \"name\": \"front\",\n  \"dependencies\": { \"express\": \"4.21.2\" }\n}\n",
                "docs/api/openapi.yaml", "# billing API\nopenapi: 3.0.3\ninfo:\n  title: Billing\n  version: 1.0.0\npaths: {}\n",
                "node_modules/x/openapi.yaml", "openapi: 3.0.0\n"));
        assertEquals(List.of(), result.violations());
        assertEquals(List.of(new Evidence("docs/api/openapi.yaml", 2, "openapi: 3.0.3")), result.checked());
    }

    @Test
    void aSwaggerJsonIsVerifiedByParsingAndANamesakeWithoutTheKeyDoesNotCount(@TempDir Path dir) {
        CheckResult json = CheckFixtures.run(CHECK, dir.resolve("a"), Map.of(
                "package.json", "{\n  \"dependencies\": { \"fastify\": \"4.28.1\" }\n}\n",
                "src/swagger.json", "{\n  \"info\": {\"title\": \"x\", \"version\": \"1\"},\n  \"swagger\": \"2.0\",\n  \"paths\": {}\n}\n"));
        assertEquals(List.of(new Evidence("src/swagger.json", 3, "\"swagger\": \"2.0\",")), json.checked());
        assertEquals(CheckResult.Outcome.PASSED, json.outcome());

        CheckResult notOne = CheckFixtures.run(CHECK, dir.resolve("b"), Map.of(
                "package.json", "{\n  \"dependencies\": { \"@nestjs/core\": \"10.4.4\" }\n}\n",
                "swagger-ui.config.yaml", "layout: BaseLayout\ndeepLinking: true\n",
                "openapi-broken.json", "{ \"openapi\": "));
        assertEquals(List.of("package.json:2"), flagged(notOne));
        assertEquals(List.of("openapi-broken.json"), notOne.problems().stream().map(p -> p.file()).toList());
    }

    @Test
    void nodeAndPythonGeneratorsAndFastApiDescribingItself(@TempDir Path dir) {
        CheckResult nest = CheckFixtures.run(CHECK, dir.resolve("nest"), Map.of("package.json",
                "{\n  \"dependencies\": {\n    \"@nestjs/core\": \"10.4.4\",\n    \"@nestjs/swagger\": \"7.4.2\"\n  }\n}\n"));
        assertEquals(CheckResult.Outcome.PASSED, nest.outcome());
        assertEquals(List.of("package.json:4"), nest.checked().stream().map(Evidence::location).toList());

        CheckResult fastapi = CheckFixtures.run(CHECK, dir.resolve("fastapi"),
                Map.of("requirements.txt", "fastapi==0.115.0\nuvicorn==0.30.6\n"));
        assertEquals(CheckResult.Outcome.PASSED, fastapi.outcome());
        assertEquals(List.of("requirements.txt:1"), fastapi.checked().stream().map(Evidence::location).toList());

        CheckResult flask = CheckFixtures.run(CHECK, dir.resolve("flask"),
                Map.of("requirements.txt", "flask==3.0.3\ngunicorn==23.0.0\n"));
        assertEquals(List.of("requirements.txt:1"), flagged(flask));
    }

    @Test
    void noWebFrameworkIsNotApplicableAndTestScopedFrameworksDoNotCount(@TempDir Path dir) {
        CheckResult lib = CheckFixtures.run(CHECK, dir.resolve("lib"),
                Map.of("pom.xml", pom("lib", "com.fasterxml.jackson.core:jackson-databind:2.17.2")));
        assertEquals(CheckResult.Outcome.NOT_APPLICABLE, lib.outcome());
        CheckResult dev = CheckFixtures.run(CHECK, dir.resolve("dev"), Map.of("package.json",
                "{\n  \"devDependencies\": { \"express\": \"4.21.2\" }\n}\n"));
        assertEquals(CheckResult.Outcome.NOT_APPLICABLE, dev.outcome());
    }
}
