package fr.cctlint.cloudnative.check.capability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Scope;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapabilitiesLoaderTest {
    private static Component library(String purl) {
        return new Component(purl, purl.substring(purl.lastIndexOf('/') + 1), null, null, purl, null,
                ComponentType.LIBRARY, Scope.RUNTIME, false, List.of(), Map.of());
    }

    @Test
    void theBundledFileLoadsAndKnowsTheUsualLibraries() {
        Capabilities c = CapabilitiesLoader.bundled();

        assertEquals(List.of("spring-boot", "node-web", "python-web"), c.stacks().stream().map(Stack::id).toList());
        assertEquals(Optional.of("spring-boot"),
                c.stackOf(library("pkg:maven/org.springframework.boot/spring-boot-starter-web@3.3.4")).map(Stack::id));
        assertTrue(c.provides(Capability.HEALTH, library("pkg:npm/%40nestjs/terminus@10.2.3")).isPresent());
        assertTrue(c.provides(Capability.METRICS, library("pkg:pypi/prometheus_client@0.21.0")).isPresent());
        assertTrue(c.provides(Capability.IDENTITY, library("pkg:maven/org.keycloak/keycloak-spring-boot-starter@21")).isPresent());
        assertTrue(c.provides(Capability.IDENTITY, library("pkg:npm/%40node-saml/passport-saml@5.0.0")).isPresent());
        assertTrue(c.provides(Capability.PASSWORD_HASHING, library("pkg:npm/bcryptjs@2.4.3")).isPresent());
        assertTrue(c.provides(Capability.PASSWORD_HASHING, library("pkg:npm/react@18.3.1")).isEmpty());
        assertTrue(c.workloadKinds().containsAll(List.of("Deployment", "StatefulSet", "DaemonSet")));
        assertTrue(!c.workloadKinds().contains("CronJob") && !c.workloadKinds().contains("Job"));
        assertTrue(c.isLockfile("front/package-lock.json"));
    }

    @Test
    void noLibraryHasTwoOpposedCapabilities() {
        Capabilities c = CapabilitiesLoader.bundled();
        for (String pattern : c.libraries().get(Capability.PASSWORD_HASHING).patterns()) {
            assertTrue(!c.libraries().get(Capability.IDENTITY).patterns().contains(pattern), pattern);
        }
    }

    @Test
    void theDocumentationNamesEveryTopLevelSection() throws IOException {
        Path doc = Path.of(System.getProperty("cct.root", "..")).resolve("rules/cloud-native/CAPABILITIES.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        for (String section : List.of("stacks", "libraries", "lockfiles", "identityConfiguration", "workloadKinds",
                "clusterCommands")) {
            assertTrue(text.contains("`" + section + "`"), section);
        }
    }

    private static final String MINIMAL = """
            stacks:
              - {id: s, name: S, frameworks: [pkg:npm/express], advice: [pkg:npm/prom-client]}
            libraries:
              health: [pkg:npm/@nestjs/terminus]
              metrics: [pkg:npm/prom-client]
              identity: [pkg:npm/keycloak-js]
              passwordHashing: [pkg:npm/bcrypt]
            lockfiles: [package-lock.json]
            identityConfiguration: {files: [keycloak.json], propertyPrefixes: [a.b], environmentPrefixes: [OIDC_]}
            workloadKinds: [Deployment]
            clusterCommands:
              tools: [kubectl]
              valueFlags: [-n]
              changing: {kubectl: [apply]}
              readOnlySubcommands: {rollout: [status]}
              dryRunFlags: [--dry-run]
              gitOps: [argocd app sync]
            """;

    @Test
    void aMinimalFileLoadsAndBrokenOnesSayWhatIsWrong() {
        CapabilitiesLoader.read(new StringReader(MINIMAL));

        assertMessage("unknown key 'extra'", MINIMAL + "extra: 1\n");
        assertMessage("not a purl pattern: express", MINIMAL.replace("frameworks: [pkg:npm/express]", "frameworks: [express]"));
        assertMessage("has no version", MINIMAL.replace("pkg:npm/bcrypt]", "pkg:npm/bcrypt@5]"));
        assertMessage("not a health or metrics library", MINIMAL.replace("advice: [pkg:npm/prom-client]", "advice: [pkg:npm/x]"));
        assertMessage("lacks tool oc", MINIMAL.replace("tools: [kubectl]", "tools: [kubectl, oc]"));
        assertMessage("invalid YAML", "stacks: [\n");
        assertMessage("'lockfiles' at the top must be a non-empty list", MINIMAL.replace("[package-lock.json]", "[]"));
    }

    private static void assertMessage(String expected, String yaml) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CapabilitiesLoader.read(new StringReader(yaml)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
