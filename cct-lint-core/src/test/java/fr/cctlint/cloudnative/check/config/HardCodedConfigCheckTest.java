package fr.cctlint.cloudnative.check.config;

import fr.cctlint.cloudnative.check.CheckFixtures;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CN047 on fixtures of each configuration form: what is flagged, where, and that no secret value ever shows. */
class HardCodedConfigCheckTest {
    private static final HardCodedConfigCheck CHECK = new HardCodedConfigCheck();

    // Distinctive secret values: none may appear anywhere in a result.
    static final String PROP_PASSWORD = "Pr0p-S3cret!";
    static final String URL_PASSWORD = "UrlPw-9h7g";
    static final String DEFAULT_PASSWORD = "DefPw-kk12";
    static final String YAML_PASSWORD = "YamlPw-77x";
    static final String CONTINUED_PASSWORD = "ContPw-3q";
    static final String ENV_TOKEN = "EnvTok-ab12cd";
    static final String COMPOSE_MAP_PASSWORD = "CmpMapPw-1";
    static final String COMPOSE_LIST_PASSWORD = "CmpListPw-2";
    static final String BASE_COMPOSE_PASSWORD = "BaseCmpPw-3";
    static final String K8S_PASSWORD = "K8sEnvPw-4";
    static final String SECRET_OBJECT_VALUE = "StringDataPw-5";
    static final String SECRET_DATA_VALUE = "U2VjcmV0RGF0YS02";
    static final String AWS_KEY = "AKIAABCDEFGHIJKLMNOP";
    static final String PRIVATE_KEY = "-----BEGIN RSA PRIVATE KEY-----";
    static final String GITHUB_TOKEN = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhcHAtdXNlciJ9.c2lnbmF0dXJlLXBhcnQ";
    static final List<String> SECRETS = List.of(PROP_PASSWORD, URL_PASSWORD, DEFAULT_PASSWORD, YAML_PASSWORD,
            CONTINUED_PASSWORD, ENV_TOKEN, COMPOSE_MAP_PASSWORD, COMPOSE_LIST_PASSWORD, BASE_COMPOSE_PASSWORD,
            K8S_PASSWORD, SECRET_OBJECT_VALUE, SECRET_DATA_VALUE, AWS_KEY, GITHUB_TOKEN, JWT);

    static Map<String, String> springProperties() {
        return Map.of("src/main/resources/application.properties", String.join("\n",
                "# production settings",
                "server.port=8080",
                "spring.datasource.password=" + PROP_PASSWORD,
                "spring.datasource.url=jdbc:postgresql://db.prod.example:5432/app",
                "app.reports.url: jdbc:postgresql://reporter:" + URL_PASSWORD + "@reports:5432/r",
                "app.db.username=${DB_USER}",
                "app.db.password=${DB_PASSWORD}",
                "app.mail.password=${MAIL_PASSWORD:" + DEFAULT_PASSWORD + "}",
                "app.cache.url=redis://cache:6379",
                "app.partner.endpoint = https://partner.example.org/api",
                "app.legacy.password = \\",
                "    " + CONTINUED_PASSWORD,
                "app.empty.password=",
                "app.local.url=http://localhost:8081/x",
                "app.feature.enabled=true",
                "aws.key=" + AWS_KEY,
                ""));
    }

    static Map<String, String> springYaml() {
        return Map.of("service/src/main/resources/application.yml", String.join("\n",
                "spring:",
                "  datasource:",
                "    url: ${DATABASE_URL}",
                "    password: \"" + YAML_PASSWORD + "\"",
                "app:",
                "  brokers:",
                "    - kafka-1.prod.example:9092",
                "  token: ${TOKEN}",
                "---",
                "spring:",
                "  config:",
                "    activate:",
                "      on-profile: dev",
                "  datasource:",
                "    password: devpassword",
                "    url: jdbc:postgresql://dev-db.example:5432/app",
                ""));
    }

    static Map<String, String> compose() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("docker-compose.yml", String.join("\n",
                "services:",
                "  api:",
                "    build: .",
                "    environment:",
                "      SPRING_DATASOURCE_URL: jdbc:postgresql://db:5432/app",
                "      SPRING_DATASOURCE_PASSWORD: " + COMPOSE_MAP_PASSWORD,
                "      API_HOST: $API_HOST",
                "      EMPTY:",
                "  db:",
                "    image: postgres:16",
                "    environment:",
                "      - POSTGRES_USER=app",
                "      - POSTGRES_PASSWORD=" + COMPOSE_LIST_PASSWORD,
                "      - POSTGRES_PASSWORD_FILE=/run/secrets/db",
                "      - PASSTHROUGH",
                "  minio:",
                "    extends:",
                "      file: compose/minio.yaml",
                "      service: minio",
                ""));
        files.put("compose/minio.yaml", String.join("\n",
                "services:",
                "  minio:",
                "    image: minio/minio",
                "    environment:",
                "      MINIO_ROOT_PASSWORD: " + BASE_COMPOSE_PASSWORD,
                ""));
        return files;
    }

    static Map<String, String> kubernetes() {
        return Map.of("deploy/app.yaml", String.join("\n",
                "apiVersion: apps/v1",
                "kind: Deployment",
                "metadata:",
                "  name: api",
                "spec:",
                "  template:",
                "    spec:",
                "      containers:",
                "        - name: api",
                "          image: registry.example/api:1.0",
                "          env:",
                "            - name: DB_PASSWORD",
                "              value: " + K8S_PASSWORD,
                "            - name: DB_USER",
                "              valueFrom:",
                "                secretKeyRef: {name: db, key: user}",
                "            - name: API_URL",
                "              value: http://$(API_SERVICE_HOST):8080",
                "            - name: PORT",
                "              value: \"8080\"",
                "---",
                "apiVersion: v1",
                "kind: ConfigMap",
                "metadata:",
                "  name: api-config",
                "data:",
                "  DATABASE_URL: jdbc:postgresql://10.2.3.4:5432/app",
                "  CACHE_HOST: redis.cache.svc.cluster.local",
                "  LOG_LEVEL: info",
                "---",
                "apiVersion: v1",
                "kind: Secret",
                "metadata:",
                "  name: db",
                "stringData:",
                "  password: " + SECRET_OBJECT_VALUE,
                "  ref: ${FROM_CI}",
                "data:",
                "  user: " + SECRET_DATA_VALUE,
                ""));
    }

    static Map<String, String> dotEnvAndTokens() {
        return Map.of(
                ".env", String.join("\n", "# local variables", "export API_TOKEN=" + ENV_TOKEN, "LOG_LEVEL=debug",
                        "GITHUB=" + GITHUB_TOKEN, ""),
                ".env.example", "API_TOKEN=put-your-token-here\n",
                ".env.local", "DB_PASSWORD=local-only\nSESSION=" + JWT + "\n",
                "src/main/resources/application-local.properties",
                "spring.datasource.password=dev\nspring.datasource.url=jdbc:postgresql://dev.example/app\n"
                        + "tls.key=" + PRIVATE_KEY + "\n",
                "src/test/resources/application.properties", "spring.datasource.password=test-secret-value\n");
    }

    static List<Map<String, String>> allFixtures() {
        return List.of(springProperties(), springYaml(), compose(), kubernetes(), dotEnvAndTokens());
    }

    private static Violation at(CheckResult result, String file, int line) {
        return result.violations().stream().filter(v -> v.location().file().equals(file) && v.location().line() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no violation at " + file + ":" + line + " in "
                        + result.violations().stream().map(v -> v.location().location()).toList()));
    }

    private static String kind(Violation v) {
        return ((Message) v.message().args().get(2)).key();
    }

    @Test
    void springPropertiesFlagSecretsCredentialsAndFixedHostsButNotReferences(@TempDir Path dir) {
        CheckResult result = CheckFixtures.run(CHECK, dir, springProperties());
        String file = "src/main/resources/application.properties";
        assertEquals(CheckResult.Outcome.FAILED, result.outcome());
        assertEquals(List.of(3, 4, 5, 8, 10, 11, 16), result.violations().stream()
                .map(v -> v.location().line()).toList());

        Violation password = at(result, file, 3);
        assertEquals("spring.datasource.password=****", password.location().text());
        assertEquals(Message.of("cnconfig.secret", "spring.datasource.password", "application.properties",
                Message.of("cnconfig.kind.secretKey")), password.message());
        assertEquals(file + ":spring.datasource.password", password.subject());

        Violation host = at(result, file, 4);
        assertEquals("cnconfig.kind.connectionHost", kind(host));
        assertEquals("spring.datasource.url=jdbc:postgresql://db.prod.example:5432/app", host.location().text());

        Violation url = at(result, file, 5);
        assertEquals("cnconfig.kind.urlCredentials", kind(url));
        assertEquals("app.reports.url: jdbc:postgresql://reporter:****@reports:5432/r", url.location().text());

        assertEquals("cnconfig.kind.defaultSecret", kind(at(result, file, 8)));
        assertEquals("app.mail.password=${MAIL_PASSWORD:****}", at(result, file, 8).location().text());
        assertEquals("cnconfig.kind.literalHost", kind(at(result, file, 10)));
        Violation continued = at(result, file, 11);
        assertEquals("app.legacy.password", continued.message().args().get(0));
        assertEquals("app.legacy.password = ****", continued.location().text());
        assertEquals("cnconfig.kind.awsAccessKey", kind(at(result, file, 16)));
        assertEquals("aws.key=****", at(result, file, 16).location().text());

        // References, service names, localhost: judged fine, shown as what "met" rests on
        assertEquals(List.of(7, 9, 14), result.checked().stream().map(Evidence::line).toList());
        assertEquals("app.db.password=${DB_PASSWORD}", result.checked().get(0).text());
    }

    @Test
    void yamlKeysAreDottedAtTheLeafLineAndDevProfileDocumentsAreTolerated(@TempDir Path dir) {
        CheckResult result = CheckFixtures.run(CHECK, dir, springYaml());
        String file = "service/src/main/resources/application.yml";
        assertEquals(List.of(4, 7), result.violations().stream().map(v -> v.location().line()).toList());
        Violation password = at(result, file, 4);
        assertEquals("spring.datasource.password", password.message().args().get(0));
        assertEquals("password: \"****\"", password.location().text());
        assertEquals(file + ":spring.datasource.password", password.subject());
        Violation broker = at(result, file, 7);
        assertEquals("app.brokers[0]", broker.message().args().get(0));
        assertEquals("cnconfig.kind.literalHost", kind(broker));
        assertEquals(List.of(3, 8), result.checked().stream().map(Evidence::line).toList());
    }

    @Test
    void composeMapAndListEnvironmentAndExtendedFiles(@TempDir Path dir) {
        CheckResult result = CheckFixtures.run(CHECK, dir, compose());
        Violation map = at(result, "docker-compose.yml", 6);
        assertEquals("SPRING_DATASOURCE_PASSWORD: ****", map.location().text());
        assertEquals("services.api", map.message().args().get(1));
        assertEquals("docker-compose.yml:services.api:SPRING_DATASOURCE_PASSWORD", map.subject());
        assertEquals("- POSTGRES_PASSWORD=****", at(result, "docker-compose.yml", 13).location().text());
        // a file reached through extends is read even though its name is not a compose name
        assertEquals("MINIO_ROOT_PASSWORD: ****", at(result, "compose/minio.yaml", 5).location().text());
        assertEquals(3, result.violations().size());
        // service name host, $VAR reference: fine (POSTGRES_PASSWORD_FILE is a path, PASSTHROUGH has no value)
        assertEquals(List.of(5, 7), result.checked().stream()
                .filter(e -> e.file().equals("docker-compose.yml")).map(Evidence::line).toList());
    }

    @Test
    void kubernetesEnvConfigMapAndSecretInOneMultiDocumentFile(@TempDir Path dir) {
        CheckResult result = CheckFixtures.run(CHECK, dir, kubernetes());
        String file = "deploy/app.yaml";
        Violation env = at(result, file, 13);
        assertEquals("value: ****", env.location().text());
        assertEquals(Message.of("cnconfig.secret", "DB_PASSWORD", "Deployment/api",
                Message.of("cnconfig.kind.secretKey")), env.message());
        assertEquals(file + ":Deployment/api:DB_PASSWORD", env.subject());
        Violation configMap = at(result, file, 27);
        assertEquals("cnconfig.kind.connectionHost", kind(configMap));
        assertEquals("ConfigMap/api-config", configMap.message().args().get(1));
        Violation stringData = at(result, file, 36);
        // one violation per Secret object, naming its literal keys (not ref, a reference), at its first value
        assertEquals(Message.of("cnconfig.secretObject", "password, user", "Secret/db"), stringData.message());
        assertEquals("password: ****", stringData.location().text());
        assertEquals(file + ":Secret/db", stringData.subject());
        assertEquals(3, result.violations().size());
        // $(VAR) reference in a URL, in-cluster service name, ${FROM_CI} in a Secret: fine
        assertEquals(List.of(18, 28, 37), result.checked().stream().map(Evidence::line).toList());
    }

    @Test
    void dotEnvFilesTemplatesTestSourcesAndToleratedProfiles(@TempDir Path dir) {
        CheckResult result = CheckFixtures.run(CHECK, dir, dotEnvAndTokens());
        Violation token = at(result, ".env", 2);
        assertEquals("export API_TOKEN=****", token.location().text());
        assertEquals("cnconfig.kind.githubToken", kind(at(result, ".env", 4)));
        assertEquals("GITHUB=****", at(result, ".env", 4).location().text());
        // local profile: its password and host are tolerated, credentials-looking values are not
        assertEquals("cnconfig.kind.jwt", kind(at(result, ".env.local", 2)));
        assertEquals("cnconfig.kind.privateKey",
                kind(at(result, "src/main/resources/application-local.properties", 3)));
        assertEquals(4, result.violations().size(), () -> result.violations().toString());
        assertTrue(result.violations().stream().noneMatch(v -> v.location().file().startsWith("src/test/")
                || v.location().file().equals(".env.example")));
    }

    @Test
    void helmTemplatesAreNotFlaggedAndDoNotBreakTheCheck(@TempDir Path dir) {
        CheckResult result = CheckFixtures.run(CHECK, dir, Map.of(
                "chart/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n",
                "chart/values.yaml", "db:\n  password: \"\"\n",
                "chart/templates/deployment.yaml", String.join("\n",
                        "apiVersion: apps/v1",
                        "kind: Deployment",
                        "metadata:",
                        "  name: {{ include \"app.fullname\" . }}",
                        "spec:",
                        "  template:",
                        "    spec:",
                        "      containers:",
                        "        - name: app",
                        "          env:",
                        "            - name: DB_PASSWORD",
                        "              value: {{ .Values.db.password | quote }}",
                        "            - name: DB_URL",
                        "              value: \"{{ .Values.db.url }}\"",
                        "{{- if .Values.extra }}",
                        "            - name: EXTRA_TOKEN",
                        "              value: {{ .Values.extra }}",
                        "{{- end }}",
                        ""),
                "chart/templates/configmap.yaml", String.join("\n",
                        "apiVersion: v1",
                        "kind: ConfigMap",
                        "metadata:",
                        "  name: app",
                        "data:",
                        "  API_TOKEN: \"{{ .Values.token }}\"",
                        "")));
        assertEquals(List.of(), result.violations());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void brokenFilesAreProblemsAndTheOtherFilesAreStillChecked(@TempDir Path dir) throws IOException {
        CheckResult result = CheckFixtures.run(CHECK, dir, Map.of(
                "a/src/main/resources/application.yml", "spring:\n  datasource:\n    password: [unclosed\n",
                "b/src/main/resources/application.properties", "bad.escape=\\uZZZZ\nother.password=Brok3n-0k\n",
                "d/.env", "TOKEN=Env-d-1\n"));
        Path latin1 = dir.resolve("e/src/main/resources/application.properties");
        Files.createDirectories(latin1.getParent());
        Files.write(latin1, "app.name=caf\u00e9\napp.password=Latin1-pw\n".getBytes(StandardCharsets.ISO_8859_1));
        Path junk = dir.resolve("f/.env");
        Files.createDirectories(junk.getParent());
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(junk, bytes);
        Path huge = dir.resolve("g/.env");
        Files.createDirectories(huge.getParent());
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            big.append("VAR_").append(i).append("=value-").append(i).append('\n');
        }
        big.append("LAST_SECRET=Huge-env-secret\n");
        Files.writeString(huge, big);

        CheckResult rerun = CheckFixtures.run(CHECK, dir);
        List<String> problemFiles = rerun.problems().stream().map(Problem::file).sorted().toList();
        assertEquals(List.of("a/src/main/resources/application.yml", "b/src/main/resources/application.properties",
                "e/src/main/resources/application.properties", "f/.env"), problemFiles);
        assertEquals(1, rerun.problems().stream().filter(p -> p.file().startsWith("b/")).findFirst().orElseThrow().line());
        List<String> flagged = rerun.violations().stream().map(v -> v.location().location()).sorted().toList();
        assertEquals(List.of("b/src/main/resources/application.properties:2", "d/.env:1", "g/.env:100001"), flagged);
        assertFalse(result.violations().isEmpty());
    }

    @Test
    void noSecretValueAppearsAnywhereInAnyResult(@TempDir Path dir) {
        int i = 0;
        for (Map<String, String> fixture : allFixtures()) {
            CheckResult result = CheckFixtures.run(CHECK, dir.resolve("f" + i++), fixture);
            assertFalse(result.violations().isEmpty());
            List<String> shown = new ArrayList<>();
            for (Violation v : result.violations()) {
                shown.add(v.location().text());
                shown.add(v.subject());
                shown.addAll(strings(v.message()));
            }
            result.checked().forEach(e -> shown.add(e.text()));
            result.problems().forEach(p -> shown.addAll(strings(p.message())));
            for (String secret : SECRETS) {
                for (String text : shown) {
                    assertFalse(text.contains(secret), () -> "secret shown in: " + text);
                }
            }
        }
    }

    private static List<String> strings(Message message) {
        return Stream.concat(Stream.of(message.key()), message.args().stream()
                .flatMap(a -> a instanceof Message m ? strings(m).stream() : Stream.of(String.valueOf(a))))
                .collect(Collectors.toList());
    }
}
