package fr.cctlint.cloudnative.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.cloudnative.check.api.ApiKnowledge;
import fr.cctlint.cloudnative.check.config.ConfigKnowledge;
import fr.cctlint.cloudnative.check.config.SecretMasker;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The CN046/CN047 knowledge files load, are documented, and every message they pick exists in both languages. */
class CloudNativeKnowledgeTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CloudNativeKnowledgeTest.class.getResourceAsStream("/fr/cctlint/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bundledFilesLoadAndEverySecretValueKindHasItsMessage() throws IOException {
        ConfigKnowledge config = ConfigKnowledge.bundled();
        ApiKnowledge api = ApiKnowledge.bundled();
        assertTrue(api.frameworks().contains("pkg:maven/org.springframework.boot/spring-boot-starter-web"));
        assertTrue(api.isManifest("module/pom.xml") && api.isManifest("requirements-prod.txt"));
        assertFalse(api.isManifest("package-lock.json"));
        Properties en = bundle("cnconfig.properties");
        Properties fr = bundle("cnconfig_fr.properties");
        assertEquals(en.keySet(), fr.keySet());
        for (ConfigKnowledge.SecretValue value : config.secretValues()) {
            assertTrue(en.containsKey("cnconfig.kind." + value.name()), value.name());
        }
        for (Object key : en.keySet()) {
            assertFalse(en.getProperty((String) key).contains("EX4"), "the engine adds the requirement id: " + key);
        }
    }

    @Test
    void everyKnowledgeFileIsDocumented() throws IOException {
        String root = System.getProperty("cct.root");
        Path docs = root == null ? Path.of("..", "rules", "cloud-native") : Path.of(root, "rules", "cloud-native");
        String api = Files.readString(docs.resolve("API.md"));
        String config = Files.readString(docs.resolve("CONFIG.md"));
        assertTrue(api.contains("api.yaml") && api.contains("CN046"));
        assertTrue(config.contains("config.yaml") && config.contains("CN047"));
    }

    @Test
    void brokenKnowledgeIsRejectedWithAReason() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ConfigKnowledge.read(
                new StringReader("secretKeys: [password]\nsurprise: 1\n")));
        assertTrue(unknown.getMessage().contains("surprise"));
        assertThrows(IllegalArgumentException.class, () -> ApiKnowledge.read(new StringReader("""
                frameworks: [pkg:npm/express@4]
                generators: [pkg:npm/swagger-jsdoc]
                selfDescribing: [pkg:npm/express]
                descriptionFiles: {names: [openapi], keys: [openapi]}
                manifests: [package.json]
                skippedFolders: [node_modules]
                """)));
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> ApiKnowledge.read(
                new StringReader("""
                        frameworks: [pkg:npm/express]
                        generators: [pkg:npm/express]
                        selfDescribing: [pkg:npm/express]
                        descriptionFiles: {names: [openapi], keys: [openapi]}
                        manifests: [package.json]
                        skippedFolders: [node_modules]
                        """)));
        assertTrue(both.getMessage().contains("both"));
    }

    @Test
    void theMaskerKeepsKeysAndStructure() {
        SecretMasker masker = new SecretMasker(ConfigKnowledge.bundled());
        assertEquals("url: postgresql://app:****@db:5432/app", masker.mask("url: postgresql://app:s3cr3t@db:5432/app"));
        assertEquals("jdbc:sqlserver://h:1433;user=sa;password=****", masker.mask("jdbc:sqlserver://h:1433;user=sa;password=Xy1"));
        assertEquals("spring.datasource.password=****", masker.mask("spring.datasource.password=password", "password"));
        assertEquals("password: '****'", masker.mask("password: 'a'", "a"));
        assertEquals("key: ****", masker.mask("key: |", "line1\nline2"));
        assertEquals("mongodb://u:****@h1:27017,h2:27017/db", masker.mask("mongodb://u:p@h1:27017,h2:27017/db"));
    }
}
