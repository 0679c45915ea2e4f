package fr.cctlint.report;

import fr.cctlint.cloudnative.Automation;
import fr.cctlint.cloudnative.Coverage;
import fr.cctlint.cloudnative.Requirement;
import fr.cctlint.cloudnative.RequirementGrid;
import fr.cctlint.cloudnative.RequirementType;
import fr.cctlint.cloudnative.Requirements;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.referential.Provenance;

import fr.cctlint.classify.Classification;
import fr.cctlint.classify.Deployment;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.model.SourceKind;
import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import fr.cctlint.policy.Verdict;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.Provenance;
import fr.cctlint.referential.Referential;
import fr.cctlint.referential.Selectors;
import fr.cctlint.referential.StatusDefinition;
import fr.cctlint.referential.VersionConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finished scans built by hand, shared by every reporter test: an empty scan, a scan with one finding, and a
 * scan of three inputs with findings of every severity, read problems (one fatal), an out-of-scope component,
 * a waiver finding, a component without a line and hostile characters in a name.
 */
final class ReportFixtures {
    static final Instant FINISHED = Instant.parse("2026-03-02T09:15:30.123Z");
    static final ToolInfo TOOL = new ToolInfo("cct-lint", "0.1.0", "https://github.com/cct-lint/cct-lint");

    private ReportFixtures() {
    }

    /** Fixture name to scan, in a stable order. */
    static Map<String, ScanReport> all() {
        Map<String, ScanReport> all = new LinkedHashMap<>();
        all.put("empty", empty());
        all.put("one", one());
        all.put("many", many());
        all.put("cloud", cloud());
        return all;
    }

    record Constraint(String expression) implements VersionConstraint {
        @Override
        public boolean isAny() {
            return "*".equals(expression);
        }

        @Override
        public boolean matches(String version) {
            return isAny();
        }
    }

    static Referential referential() {
        Provenance edition = new Provenance("cct-mi", "CCT product referential", "https://github.com/dnum-mi/cct-mi",
                "5bb42d1f7fa1880dc31b9a505f84b9dc052b6d19", "2025-01-18", "Licence Ouverte 2.0",
                "Ministère de l'Intérieur, Cadre de Cohérence Technique");
        Map<String, StatusDefinition> statuses = Map.of(
                "R", new StatusDefinition("R", "recommended", "recommandé", null, null, null),
                "A", new StatusDefinition("A", "allowed", "autorisé", "CCT004", Severity.NOTE, null),
                "M", new StatusDefinition("M", "maintained", "maintenu", "CCT002", Severity.WARNING, Severity.ERROR),
                "O", new StatusDefinition("O", "under observation", "en observation", "CCT003", Severity.WARNING, null));
        return new Referential(List.of(edition), statuses,
                List.of(POSTGRES, TOMCAT, REDIS, KEYCLOAK));
    }

    static final Product POSTGRES = product("AT-1541", "PostgreSQL", "PostgreSQL Global Development Group", ">=13", "R", "");
    static final Product TOMCAT = product("AT-1210", "Tomcat", "Apache", "9", "M", "");
    static final Product REDIS = product("AT-1577", "Redis", "Redis Ltd", "7", "A",
            "Uniquement comme cache, sans persistance des données");
    static final Product KEYCLOAK = product("AT-1820", "Keycloak", "Red Hat", "", "O", "");

    private static Product product(String ref, String name, String supplier, String version, String status,
            String comment) {
        return new Product(ref, name, supplier, "Partie 2 : Architecture Technique - [ AT ]",
                "Chapitre 6 : Tiers Données - [ TD ]", true, true, version,
                new Constraint(version.isEmpty() ? "*" : version), status, comment, "unchanged", Selectors.NONE, null);
    }

    static ScanReport scan(List<InputReport> inputs, Severity failOn, boolean newProject) {
        return new ScanReport(TOOL, referential(), inputs, failOn, newProject, FINISHED);
    }

    static ScanReport empty() {
        SourceInfo source = new SourceInfo(SourceKind.FOLDER, ".", null, null, Map.of());
        return scan(List.of(new InputReport(source, List.of(), List.of(), List.of(), 0)), Severity.ERROR, false);
    }

    static ScanReport one() {
        SourceInfo source = new SourceInfo(SourceKind.SBOM, "bom.json", "CycloneDX 1.6 JSON", "shop 1.4.0",
                Map.of("serialNumber", "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79"));
        Component rabbit = component("rabbitmq", null, "3.13", "pkg:docker/library/rabbitmq@3.13",
                ComponentType.CONTAINER, Scope.RUNTIME,
                new Evidence("bom.json", 42, "\"purl\": \"pkg:docker/library/rabbitmq@3.13\""));
        Assessment a = new Assessment(rabbit, new Classification(Deployment.OPERATED,
                Message.of("reportfixture.reason.image")), null, Verdict.UNLISTED_OPERATED);
        Finding f = new Finding(Rule.CCT001, Severity.ERROR, rabbit, null,
                Message.of("reportfixture.unlistedOperated", rabbit.displayName()), rabbit.primaryEvidence(),
                "0f3c2a9d1b7e4c55");
        return scan(List.of(new InputReport(source, List.of(a), List.of(f), List.of(), 0)), Severity.ERROR, false);
    }

    static ScanReport many() {
        return scan(List.of(folderInput(), legacySbomInput(), brokenInput()), Severity.ERROR, false);
    }

    /** A new project checked against the Cloud Native requirements: two violations, and the grid. */
    static ScanReport cloud() {
        SourceInfo source = new SourceInfo(SourceKind.FOLDER, "examples/agenda", null, "agenda 1.0.0",
                Map.of("root", "examples/agenda"));
        Evidence from = new Evidence("Dockerfile", 9, "FROM node:22-alpine");
        Evidence password = new Evidence("src/main/resources/application.yml", 12, "password: ****");
        Violation alpine = new Violation(from, Message.of("reportfixture.cn.alpine", "node:22-alpine"),
                "Dockerfile:final-stage-os", null);
        Violation secret = new Violation(password, Message.of("reportfixture.cn.secret", "spring.datasource.password"),
                "src/main/resources/application.yml:spring.datasource.password", null);
        List<CheckResult> results = List.of(
                new CheckResult(Rule.CN029, List.of(alpine), List.of(), List.of()),
                new CheckResult(Rule.CN032, List.of(), List.of(new Evidence("Dockerfile", 14, "USER node")), List.of()),
                new CheckResult(Rule.CN047, List.of(secret), List.of(), List.of()),
                new CheckResult(Rule.CN025, List.of(), List.of(new Evidence("k8s/deployment.yaml", 30,
                        "livenessProbe:")), List.of()),
                new CheckResult(Rule.CN014, List.of(), List.of(), List.of()));
        List<Finding> findings = ordered(List.of(
                new Finding(Rule.CN029, Severity.WARNING, null, null,
                        Message.of("cloudnative.finding", "EX29", alpine.message()), from, "fp-cn029"),
                new Finding(Rule.CN047, Severity.WARNING, null, null,
                        Message.of("cloudnative.finding", "EX47", secret.message()), password, "fp-cn047")));
        InputReport input = new InputReport(source, List.of(), findings, List.of(), 0)
                .withCloudNative(RequirementGrid.of(requirements(), results));
        return new ScanReport(TOOL, referential(), List.of(input), Severity.ERROR, true, FINISHED, ".cct-lint.yaml");
    }

    /** A few requirements as published, with their automation, and the three types. */
    static Requirements requirements() {
        Map<String, RequirementType> types = Map.of(
                "P", new RequirementType("P", Map.of("fr", "primordiale", "en", "essential"), Severity.WARNING),
                "I", new RequirementType("I", Map.of("fr", "importante", "en", "important"), Severity.NOTE),
                "", new RequirementType("", Map.of("fr", "non précisé", "en", "not given"), Severity.NOTE));
        List<Requirement> list = List.of(
                new Requirement("EX1", "I", "Respect des standards et des normes applicables.", "Ministériel",
                        "Autres normes et standards", null),
                new Requirement("EX14", "P", "Aucune modification directe en production.", "Ministériel",
                        "Modèle d'Opération", new Automation(Coverage.PARTIAL, List.of(Rule.CN014), List.of("CI scripts"))),
                new Requirement("EX25", "P", "L'application doit être supervisable (/health, /metrics).", "Ministériel",
                        "Observabilité", new Automation(Coverage.PARTIAL, List.of(Rule.CN025), List.of("probes"))),
                new Requirement("EX29", "P", "Images sur une souche OS LTS (éviter Alpine).", "Ministériel",
                        "Code Applicatif & Image", new Automation(Coverage.FULL, List.of(Rule.CN029), List.of("FROM"))),
                new Requirement("EX32", "P", "Conteneurs sans root, ports internes > 1024.", "Ministériel",
                        "Code Applicatif & Image", new Automation(Coverage.FULL, List.of(Rule.CN032), List.of("USER"))),
                new Requirement("EX43", "", "Séparation des flux usagers, de services et d'administration.",
                        "Ministériel", "Intéractions & Flux", null),
                new Requirement("EX47", "P", "La configuration ne doit jamais être codée en dur.", "CloudNative",
                        "Code Applicatif & Image", new Automation(Coverage.PARTIAL, List.of(Rule.CN047), List.of("application.yml"))));
        return new Requirements(new Provenance("cct-cloud-native", "Exigences techniques Cloud Native",
                "https://github.com/dnum-mi/cct-mi", "5bb42d1f", "2025-01-18", "Licence Ouverte 2.0", "DNUM"),
                types, list);
    }

    private static InputReport folderInput() {
        SourceInfo source = new SourceInfo(SourceKind.FOLDER, "examples/shop", null, "shop 2.0.0",
                Map.of("root", "examples/shop"));
        List<Assessment> assessments = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();

        Component rabbit = component("rabbitmq", null, "3.13-management", "pkg:docker/library/rabbitmq@3.13-management",
                ComponentType.CONTAINER, Scope.RUNTIME,
                new Evidence("docker-compose.yml", 20, "image: rabbitmq:3.13-management"));
        assessments.add(operated(rabbit, "reportfixture.reason.image", null, Verdict.UNLISTED_OPERATED));
        findings.add(new Finding(Rule.CCT001, Severity.ERROR, rabbit, null,
                Message.of("reportfixture.unlistedOperated", rabbit.displayName()), rabbit.primaryEvidence(), "fp-rabbit"));

        Component mariadb = component("MariaDB server", null, null, null, ComponentType.SERVICE, Scope.RUNTIME,
                new Evidence("app/pom.xml", 57, "<artifactId>mariadb-java-client</artifactId>"));
        assessments.add(new Assessment(mariadb, new Classification(Deployment.OPERATED,
                Message.of("reportfixture.reason.inferred", "MariaDB Connector/J", "MariaDB")), null,
                Verdict.UNLISTED_OPERATED));
        findings.add(new Finding(Rule.CCT008, Severity.ERROR, mariadb, null,
                Message.of("reportfixture.inferredService", "org.mariadb.jdbc/mariadb-java-client@3.4.1", "MariaDB"),
                mariadb.primaryEvidence(), "fp-mariadb"));

        Component hostile = component("evil<&>\"lib\u0007", "com.example", "1.0", "pkg:maven/com.example/evil@1.0",
                ComponentType.PLATFORM, Scope.RUNTIME,
                new Evidence("app/pom.xml", 88, "<artifactId>evil<&>\"lib\u0007</artifactId>"));
        assessments.add(operated(hostile, "reportfixture.reason.sbomOperated", null, Verdict.UNLISTED_OPERATED));
        findings.add(new Finding(Rule.CCT001, Severity.ERROR, hostile, null,
                Message.of("reportfixture.unlistedOperated", hostile.displayName()), hostile.primaryEvidence(),
                "fp-hostile"));

        Component keycloak = component("keycloak", "quay.io/keycloak", "21.1", "pkg:docker/keycloak/keycloak@21.1",
                ComponentType.CONTAINER, Scope.RUNTIME,
                new Evidence("docker-compose.yml", 31, "image: quay.io/keycloak/keycloak:21.1"));
        assessments.add(operated(keycloak, "reportfixture.reason.image", match(KEYCLOAK, "image keycloak/keycloak"),
                Verdict.LISTED_WITH_STATUS));
        findings.add(new Finding(Rule.CCT003, Severity.WARNING, keycloak, KEYCLOAK,
                Message.of("reportfixture.statusO", keycloak.displayName(), "AT-1820 Keycloak"),
                keycloak.primaryEvidence(), "fp-keycloak"));

        Component oldPostgres = component("postgres", null, "9.6", "pkg:docker/library/postgres@9.6",
                ComponentType.CONTAINER, Scope.RUNTIME, new Evidence("docker-compose.yml", 5, "image: postgres:9.6"));
        assessments.add(operated(oldPostgres, "reportfixture.reason.image",
                new Match(List.of(POSTGRES), null, "image postgres"), Verdict.VERSION_NOT_LISTED));
        findings.add(new Finding(Rule.CCT005, Severity.WARNING, oldPostgres, POSTGRES,
                Message.of("reportfixture.versionNotListed", oldPostgres.displayName(), ">=13"),
                oldPostgres.primaryEvidence(), "fp-postgres96"));

        Component tomcat = component("tomcat-embed-core", "org.apache.tomcat.embed", "9.0.85",
                "pkg:maven/org.apache.tomcat.embed/tomcat-embed-core@9.0.85", ComponentType.LIBRARY, Scope.RUNTIME,
                new Evidence("app/pom.xml", 40, "<artifactId>tomcat-embed-core</artifactId>"));
        assessments.add(new Assessment(tomcat, new Classification(Deployment.EMBEDDED,
                Message.of("reportfixture.reason.library")), match(TOMCAT, "purl pkg:maven/org.apache.tomcat*/*"),
                Verdict.LISTED_WITH_STATUS));
        findings.add(new Finding(Rule.CCT002, Severity.WARNING, tomcat, TOMCAT,
                Message.of("reportfixture.statusM", tomcat.displayName(), "AT-1210 Tomcat 9"),
                tomcat.primaryEvidence(), "fp-tomcat"));

        findings.add(new Finding(Rule.CCT007, Severity.WARNING, null, null,
                Message.of("reportfixture.waiverExpired", "pkg:docker/library/mongo", "2025-12-31"),
                new Evidence(".cct-lint.yaml", 8, "- component: pkg:docker/library/mongo"), "fp-waiver"));

        Component redis = component("redis", null, "7.2", "pkg:docker/library/redis@7.2", ComponentType.CONTAINER,
                Scope.RUNTIME, new Evidence("docker-compose.yml", 12, "image: redis:7.2"));
        assessments.add(operated(redis, "reportfixture.reason.image", match(REDIS, "image redis"),
                Verdict.LISTED_WITH_STATUS));
        findings.add(new Finding(Rule.CCT004, Severity.NOTE, redis, REDIS,
                Message.of("reportfixture.statusA", redis.displayName(), "AT-1577 Redis 7", REDIS.comment()),
                redis.primaryEvidence(), "fp-redis"));

        Component postgres = component("postgres", null, "16.2", "pkg:docker/library/postgres@16.2",
                ComponentType.CONTAINER, Scope.RUNTIME, new Evidence("docker-compose.yml", 3, "image: postgres:16.2"));
        assessments.add(operated(postgres, "reportfixture.reason.image", match(POSTGRES, "image postgres"),
                Verdict.LISTED));

        Component driver = component("postgresql", "org.postgresql", "42.7.3", "pkg:maven/org.postgresql/postgresql@42.7.3",
                ComponentType.LIBRARY, Scope.RUNTIME, new Evidence("app/pom.xml", 51, "<artifactId>postgresql</artifactId>"));
        assessments.add(new Assessment(driver, new Classification(Deployment.EMBEDDED,
                Message.of("reportfixture.reason.library")), null, Verdict.UNLISTED_EMBEDDED));

        Component junit = component("junit-jupiter", "org.junit.jupiter", "5.10.2",
                "pkg:maven/org.junit.jupiter/junit-jupiter@5.10.2", ComponentType.LIBRARY, Scope.TEST,
                new Evidence("app/pom.xml", 70, "<artifactId>junit-jupiter</artifactId>"));
        assessments.add(new Assessment(junit, new Classification(Deployment.BUILD_ONLY,
                Message.of("reportfixture.reason.test")), null, Verdict.OUT_OF_SCOPE));

        Problem badJson = new Problem("web/package.json", 3, 5, Message.of("reportfixture.invalidJson", "3"), false);
        findings.add(new Finding(Rule.CCT009, Severity.ERROR, null, null,
                Message.of("reportfixture.unreadable", "web/package.json", "JSON"), badJson.evidence(), "fp-package-json"));
        Problem unsupported = new Problem("requirements.txt", 0, 0, Message.of("reportfixture.unsupported"), false);

        return new InputReport(source, assessments, ordered(findings), List.of(badJson, unsupported), 0);
    }

    private static InputReport legacySbomInput() {
        SourceInfo source = new SourceInfo(SourceKind.SBOM, "sboms/legacy bom.xml", "CycloneDX 1.4 XML", null, Map.of());
        Component jdk = component("Oracle JDK", null, "8u401", "pkg:generic/oracle-jdk@8u401", ComponentType.PLATFORM,
                Scope.RUNTIME, Evidence.ofFile("sboms/legacy bom.xml"));
        Assessment a = operated(jdk, "reportfixture.reason.sbomOperated", null, Verdict.UNLISTED_OPERATED);
        Finding f = new Finding(Rule.CCT001, Severity.ERROR, jdk, null,
                Message.of("reportfixture.unlistedOperated", jdk.displayName()), jdk.primaryEvidence(), "fp-jdk");
        return new InputReport(source, List.of(a), List.of(f), List.of(), 3);
    }

    private static InputReport brokenInput() {
        SourceInfo source = new SourceInfo(SourceKind.SBOM, "sboms/bid.spdx.json", null, null, Map.of());
        Problem fatal = new Problem("sboms/bid.spdx.json", 0, 0, Message.of("reportfixture.notSpdx"), true);
        Finding f = new Finding(Rule.CCT009, Severity.ERROR, null, null,
                Message.of("reportfixture.unreadable", "sboms/bid.spdx.json", "SPDX"), fatal.evidence(), "fp-bid");
        return new InputReport(source, List.of(), List.of(f), List.of(fatal), 0);
    }

    private static Assessment operated(Component c, String reasonKey, Match match, Verdict verdict) {
        return new Assessment(c, new Classification(Deployment.OPERATED, Message.of(reasonKey)), match, verdict);
    }

    private static Match match(Product product, String matchedBy) {
        return new Match(List.of(product), product, matchedBy);
    }

    private static Component component(String name, String group, String version, String purl, ComponentType type,
            Scope scope, Evidence evidence) {
        String id = purl != null ? purl : name;
        return new Component(id, name, group, version, purl, null, type, scope, false, List.of(evidence),
                Map.of("source", "fixture"));
    }

    /** Report order: severity, then file, line, rule. */
    private static List<Finding> ordered(List<Finding> findings) {
        return findings.stream().sorted(java.util.Comparator.comparing(Finding::severity).reversed()
                .thenComparing(f -> f.location().file())
                .thenComparingInt(f -> f.location().line())
                .thenComparing(Finding::rule)).toList();
    }
}
