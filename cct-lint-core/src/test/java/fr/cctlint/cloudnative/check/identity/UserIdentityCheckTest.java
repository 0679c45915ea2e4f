package fr.cctlint.cloudnative.check.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.cloudnative.check.CheckFixtures;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.model.Evidence;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserIdentityCheckTest {
    @TempDir
    Path root;

    private final UserIdentityCheck check = new UserIdentityCheck();

    private static String packageJson(String dependencies) {
        return """
                {
                  "name": "front",
                  "dependencies": {
                    "react": "^18.3.1",
                    %s
                  }
                }
                """.formatted(dependencies);
    }

    @Test
    void bcryptWithoutAnyIdentityClientIsAPointToVerify() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("package.json", packageJson("\"bcrypt\": \"^5.1.1\"")));

        assertEquals(1, result.violations().size());
        Violation v = result.violations().get(0);
        assertEquals(new Evidence("package.json", 5, "\"bcrypt\": \"^5.1.1\""), v.location());
        assertEquals("cnops.identity.ownPasswords", v.message().key());
        assertEquals("password-hashing:npm/bcrypt", v.subject());
        assertEquals(CheckResult.Outcome.FAILED, result.outcome());
    }

    @Test
    void bcryptWithKeycloakJsIsMet() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("package.json",
                packageJson("\"bcrypt\": \"^5.1.1\",\n    \"keycloak-js\": \"^25.0.6\"")));

        assertEquals(List.of(), result.violations());
        assertEquals(List.of(new Evidence("package.json", 6, "\"keycloak-js\": \"^25.0.6\"")), result.checked());
    }

    @Test
    void noAuthenticationLibraryIsNotApplicable() {
        CheckResult result = CheckFixtures.run(check, root, Map.of("package.json", packageJson("\"lodash\": \"4.17.21\"")));

        assertEquals(CheckResult.Outcome.NOT_APPLICABLE, result.outcome());
    }

    @Test
    void springOauth2ClientConfigurationIsEvidenceWithTheSecretMasked() {
        String yaml = """
                server:
                  port: 8080
                spring:
                  security:
                    oauth2:
                      client:
                        registration:
                          keycloak:
                            client-secret: very-secret-value
                """;
        String pom = """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>fr.example</groupId><artifactId>app</artifactId><version>1.0.0</version>
                  <dependencies>
                    <dependency><groupId>org.mindrot</groupId><artifactId>jbcrypt</artifactId><version>0.4</version></dependency>
                  </dependencies>
                </project>
                """;
        CheckResult result = CheckFixtures.run(check, root, Map.of("pom.xml", pom,
                "src/main/resources/application.yml", yaml));

        assertEquals(List.of(), result.violations());
        assertEquals(List.of(new Evidence("src/main/resources/application.yml", 6, "client:")), result.checked());
    }

    @Test
    void propertiesKeycloakJsonAndComposeEnvironmentAreEvidence() {
        CheckResult props = CheckFixtures.run(check, root.resolve("a"), Map.of(
                "src/main/resources/application-prod.properties",
                "# sso\nspring.security.oauth2.client.registration.sso.client-secret=abc123\n"));
        CheckResult keycloak = CheckFixtures.run(check, root.resolve("b"), Map.of("public/keycloak.json",
                "{\n  \"realm\": \"agents\",\n  \"auth-server-url\": \"https://sso.example.org/\"\n}\n"));
        CheckResult compose = CheckFixtures.run(check, root.resolve("c"), Map.of("docker-compose.yml", """
                services:
                  web:
                    image: registry.example.org/web:1.0.0
                    environment:
                      OIDC_CLIENT_SECRET: hunter2
                """));

        assertEquals(List.of(new Evidence("src/main/resources/application-prod.properties", 2,
                "spring.security.oauth2.client.registration.sso.client-secret=****")), props.checked());
        assertEquals(3, keycloak.checked().get(0).line());
        assertEquals(List.of(new Evidence("docker-compose.yml", 5, "OIDC_CLIENT_SECRET: ****")), compose.checked());
    }

    @Test
    void aHashingLibraryOnlyPulledInByALockfileIsNotTheProjectsChoice() {
        String lock = """
                {
                  "name": "front",
                  "lockfileVersion": 3,
                  "packages": {
                    "": {"name": "front", "dependencies": {"ssh-tool": "1.0.0"}},
                    "node_modules/ssh-tool": {"version": "1.0.0", "dependencies": {"bcryptjs": "2.4.3"}},
                    "node_modules/bcryptjs": {"version": "2.4.3"}
                  }
                }
                """;
        CheckResult result = CheckFixtures.run(check, root, Map.of("package.json",
                packageJson("\"ssh-tool\": \"1.0.0\""), "package-lock.json", lock));

        assertEquals(CheckResult.Outcome.NOT_APPLICABLE, result.outcome(), result.toString());
    }

    @Test
    void brokenSpringConfigurationDoesNotStopTheCheck() {
        CheckResult result = CheckFixtures.run(check, root, Map.of(
                "src/main/resources/application.yml", "spring: [\n  security: {\n",
                "requirements.txt", "passlib==1.7.4\n"));

        assertEquals(1, result.violations().size());
        assertEquals("requirements.txt", result.violations().get(0).location().file());
        assertFalse(result.problems().size() > 1);
        assertTrue(result.checked().isEmpty());
    }
}
