package fr.cctlint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.classify.Classifier;
import fr.cctlint.classify.KnowledgeBase;
import fr.cctlint.i18n.Message;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.model.SourceKind;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.ProductMatcher;
import fr.cctlint.referential.Provenance;
import fr.cctlint.referential.Referential;
import fr.cctlint.referential.Selectors;
import fr.cctlint.referential.StatusDefinition;
import fr.cctlint.referential.VersionConstraint;
import fr.cctlint.report.InputReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules CCT001 to CCT005 and CCT009, on a small referential and a matcher that knows names only. */
class PolicyEngineTest {
    private static final Map<String, StatusDefinition> STATUSES = Map.of(
            "R", new StatusDefinition("R", "recommended", "recommandé", null, Severity.NONE, null),
            "A", new StatusDefinition("A", "allowed", "autorisé", "CCT004", Severity.NOTE, null),
            "M", new StatusDefinition("M", "maintained", "maintenu", "CCT002", Severity.WARNING, Severity.ERROR),
            "O", new StatusDefinition("O", "under observation", "en observation", "CCT003", Severity.WARNING, null));

    private static final Product TOMCAT_8 = product("AT-1485", "Tomcat", "8", "M", "");
    private static final Product TOMCAT_9 = product("AT-1486", "Tomcat", "9", "R", "");
    private static final Product KEYCLOAK = product("SG-1574", "KEYCLOAK", "*", "A", "Usage limité aux applications exposées.");
    private static final Product SCALA = product("DV-1540", "SCALA", "*", "O", "");
    private static final Referential REFERENTIAL = new Referential(
            List.of(new Provenance("test", "Test referential", null, "1", "2026-01-01", null, null)), STATUSES,
            List.of(TOMCAT_8, TOMCAT_9, KEYCLOAK, SCALA));

    /** Recognises components by their exact name, like a name selector would. */
    private static final ProductMatcher BY_NAME = component -> {
        List<Product> family = REFERENTIAL.products().stream()
                .filter(p -> p.name().equalsIgnoreCase(component.name())).toList();
        if (family.isEmpty()) {
            return Optional.empty();
        }
        Product entry = family.stream().filter(p -> p.constraint().matches(component.version())).findFirst()
                .orElse(null);
        return Optional.of(new Match(family, entry, "name " + component.name()));
    };

    private final PolicyEngine engine = new PolicyEngine(new Classifier(KnowledgeBase.empty()), BY_NAME, REFERENTIAL,
            PolicyOptions.DEFAULT);

    @Test
    void listedRecommendedPassesWithoutFinding() {
        InputReport report = judge(component("tomcat", "9.0.85", ComponentType.CONTAINER));
        assertEquals(Verdict.LISTED, report.assessments().get(0).verdict());
        assertTrue(report.findings().isEmpty());
    }

    @Test
    void unlistedOperatedIsCct001ButUnlistedEmbeddedPasses() {
        InputReport report = judge(component("rabbitmq", "3.13", ComponentType.CONTAINER),
                component("jackson-databind", "2.17.0", ComponentType.LIBRARY));
        assertEquals(Verdict.UNLISTED_OPERATED, report.assessments().get(0).verdict());
        assertEquals(Verdict.UNLISTED_EMBEDDED, report.assessments().get(1).verdict());
        assertEquals(1, report.findings().size());
        Finding finding = report.findings().get(0);
        assertEquals(Rule.CCT001, finding.rule());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("bom.json:10", finding.location().location());
        String text = Messages.english().render(finding.message());
        assertTrue(text.startsWith("rabbitmq@3.13 is operated on its own (container image run on its own)"), text);
    }

    @Test
    void unknownTypeUnlistedIsAWarningAskingForTheType() {
        Finding finding = judge(component("mystery", "1", ComponentType.OTHER)).findings().get(0);
        assertEquals(Rule.CCT001, finding.rule());
        assertEquals(Severity.WARNING, finding.severity());
    }

    @Test
    void statusSeveritiesComeFromTheReferential() {
        InputReport report = judge(component("tomcat", "8.5.100", ComponentType.CONTAINER),
                component("keycloak", "24.0", ComponentType.CONTAINER),
                component("scala", "2.13.12", ComponentType.LIBRARY));
        Map<Rule, Severity> severities = new java.util.EnumMap<>(Rule.class);
        report.findings().forEach(f -> severities.put(f.rule(), f.severity()));
        assertEquals(Map.of(Rule.CCT002, Severity.WARNING, Rule.CCT003, Severity.WARNING, Rule.CCT004, Severity.NOTE),
                severities);
        Finding note = report.findings().stream().filter(f -> f.rule() == Rule.CCT004).findFirst().orElseThrow();
        assertTrue(Messages.english().render(note.message()).endsWith("Usage limité aux applications exposées."),
                "the A note quotes the referential's conditions");
        assertEquals(KEYCLOAK, note.product());
    }

    @Test
    void maintainedStatusIsAnErrorForANewProject() {
        PolicyEngine strict = new PolicyEngine(new Classifier(KnowledgeBase.empty()), BY_NAME, REFERENTIAL,
                new PolicyOptions(true));
        Inventory inventory = inventory(List.of(component("tomcat", "8.5.100", ComponentType.CONTAINER)), List.of());
        assertEquals(Severity.ERROR, strict.judge(inventory).findings().get(0).severity());
    }

    @Test
    void listedProductInAnotherVersionIsCct005NamingTheListedVersions() {
        InputReport report = judge(component("tomcat", "10.1.19", ComponentType.CONTAINER),
                component("tomcat", null, ComponentType.CONTAINER));
        assertEquals(List.of(Verdict.VERSION_NOT_LISTED, Verdict.VERSION_NOT_LISTED),
                report.assessments().stream().map(Assessment::verdict).toList());
        List<String> texts = report.findings().stream().map(f -> Messages.english().render(f.message())).toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains("not in version 10.1.19. Listed versions: 8, 9 (AT-1485 (8, M), AT-1486 (9, R))")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("its version is not given")), texts.toString());
    }

    @Test
    void buildOnlyAndSubjectAreOutOfScope() {
        Component test = new Component("t", "scala", null, "2.13", null, null, ComponentType.LIBRARY, Scope.TEST,
                false, List.of(), Map.of());
        Component subject = new Component("app", "tomcat", null, "10", null, null, ComponentType.APPLICATION,
                Scope.RUNTIME, true, List.of(), Map.of());
        InputReport report = judge(test, subject);
        assertTrue(report.findings().isEmpty());
        assertEquals(List.of(Verdict.OUT_OF_SCOPE, Verdict.OUT_OF_SCOPE),
                report.assessments().stream().map(Assessment::verdict).toList());
    }

    @Test
    void readProblemsBecomeCct009AndFindingsAreOrderedBySeverityThenLine() {
        Problem problem = new Problem("bom.json", 42, 7, Message.of("sbom.test", "x"), false);
        InputReport report = engine.judge(inventory(List.of(component("scala", "2.13", ComponentType.LIBRARY),
                component("rabbitmq", "3", ComponentType.CONTAINER)), List.of(problem)));
        assertEquals(List.of(Rule.CCT001, Rule.CCT009, Rule.CCT003),
                report.findings().stream().map(Finding::rule).toList());
        assertEquals("bom.json:42", report.findings().get(1).location().location());
    }

    @Test
    void fingerprintsIgnoreLinesButNotComponents() {
        Component a = component("rabbitmq", "3.13", ComponentType.CONTAINER);
        Component moved = new Component(a.id(), a.name(), null, a.version(), a.purl(), null, a.type(), a.scope(), false,
                List.of(new Evidence("bom.json", 99, "moved")), Map.of());
        Component other = component("minio", "1", ComponentType.CONTAINER);
        String fa = judge(a).findings().get(0).fingerprint();
        assertEquals(fa, judge(moved).findings().get(0).fingerprint());
        assertNotEquals(fa, judge(other).findings().get(0).fingerprint());
    }

    // --- the project policy file ---------------------------------------------------------------------------

    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 25);

    private static fr.cctlint.config.EmbeddedDeclaration declaration(String component, boolean all) {
        return new fr.cctlint.config.EmbeddedDeclaration(component, true, true, all, all, true, "Équipe",
                "packed with the application", new Evidence(".cct-lint.yaml", 4, "component: " + component));
    }

    private static fr.cctlint.config.Waiver waiver(String rule, String component, java.time.LocalDate expires) {
        return new fr.cctlint.config.Waiver(rule, component, "migration planned", "Comité", TODAY.minusYears(1),
                expires, new Evidence(".cct-lint.yaml", 12, "rule: " + rule + ", component: " + component));
    }

    private static InputReport judgeWith(fr.cctlint.config.ProjectConfig config, Component... components) {
        PolicyEngine withConfig = new PolicyEngine(new Classifier(KnowledgeBase.empty()), BY_NAME, REFERENTIAL,
                new PolicyOptions(false, config, TODAY));
        return withConfig.judge(inventory(List.of(components), List.of()));
    }

    private static fr.cctlint.config.ProjectConfig config(List<fr.cctlint.config.EmbeddedDeclaration> embedded,
            List<fr.cctlint.config.Waiver> waivers, Map<Rule, Severity> severity, boolean includeTest) {
        return new fr.cctlint.config.ProjectConfig(".cct-lint.yaml", null, null, List.of(), List.of(), false,
                includeTest, severity, embedded, waivers);
    }

    @Test
    void aCompleteEmbeddedDeclarationAcceptsAnUnlistedOperatedComponentVisibly() {
        InputReport report = judgeWith(config(List.of(declaration("pkg:generic/minio", true)), List.of(), Map.of(),
                false), component("minio", "1", ComponentType.CONTAINER));
        assertTrue(report.findings().isEmpty(), report.findings().toString());
        Assessment a = report.assessments().get(0);
        assertEquals(Verdict.DECLARED_EMBEDDED, a.verdict());
        assertEquals(fr.cctlint.classify.Deployment.EMBEDDED, a.classification().deployment());
        assertEquals("declared embedded software in .cct-lint.yaml:4 (all five guarantees given; owner: Équipe)",
                Messages.english().render(a.classification().reason()));
    }

    @Test
    void anIncompleteDeclarationIsCct006AtItsLineAndTheComponentStaysFlagged() {
        InputReport report = judgeWith(config(List.of(declaration("minio", false)), List.of(), Map.of(), false),
                component("minio", "1", ComponentType.CONTAINER));
        assertEquals(List.of(Rule.CCT001, Rule.CCT006),
                report.findings().stream().map(Finding::rule).sorted().toList());
        Finding cct006 = report.findings().stream().filter(f -> f.rule() == Rule.CCT006).findFirst().orElseThrow();
        assertEquals(".cct-lint.yaml:4", cct006.location().location());
        assertTrue(Messages.english().render(cct006.message()).contains("lacks: noOperatorSkills, noSpecificMaintenance"),
                Messages.english().render(cct006.message()));
        assertEquals(Verdict.UNLISTED_OPERATED, report.assessments().get(0).verdict());
    }

    @Test
    void anActiveWaiverSuppressesItsRuleOnlyOnTheComponentsItNames() {
        InputReport report = judgeWith(config(List.of(), List.of(waiver("CCT003", "scala", TODAY.plusMonths(6))),
                Map.of(), false), component("scala", "2.13", ComponentType.LIBRARY),
                component("rabbitmq", "3", ComponentType.CONTAINER));
        assertEquals(List.of(Rule.CCT001), report.findings().stream().map(Finding::rule).toList());
        assertEquals(1, report.suppressed().size());
        assertEquals(Rule.CCT003, report.suppressed().get(0).finding().rule());
        assertEquals("migration planned", report.suppressed().get(0).waiver().reason());
    }

    @Test
    void aWaiverOfAnotherRuleSuppressesNothing() {
        InputReport report = judgeWith(config(List.of(), List.of(waiver("CCT002", "scala", TODAY.plusMonths(6))),
                Map.of(), false), component("scala", "2.13", ComponentType.LIBRARY));
        assertEquals(List.of(Rule.CCT003), report.findings().stream().map(Finding::rule).toList());
        assertTrue(report.suppressed().isEmpty());
    }

    @Test
    void anExpiredWaiverIsCct007AndNoLongerSuppresses() {
        InputReport report = judgeWith(config(List.of(), List.of(waiver("CCT003", "scala", TODAY.minusDays(1))),
                Map.of(), false), component("scala", "2.13", ComponentType.LIBRARY));
        assertEquals(List.of(Rule.CCT003, Rule.CCT007), report.findings().stream().map(Finding::rule).sorted().toList());
        assertTrue(report.suppressed().isEmpty());
        Finding expired = report.findings().stream().filter(f -> f.rule() == Rule.CCT007).findFirst().orElseThrow();
        assertTrue(Messages.english().render(expired.message()).contains("expired on 2026-11-24"));
        assertEquals(".cct-lint.yaml:12", expired.location().location());
    }

    @Test
    void aWaiverExpiringTodayStillApplies() {
        InputReport report = judgeWith(config(List.of(), List.of(waiver("CCT003", "scala", TODAY)), Map.of(), false),
                component("scala", "2.13", ComponentType.LIBRARY));
        assertTrue(report.findings().isEmpty(), report.findings().toString());
    }

    @Test
    void aWaiverNamingNothingIsCct007() {
        InputReport report = judgeWith(config(List.of(), List.of(waiver("CCT002", "mysql", TODAY.plusYears(1))),
                Map.of(), false), component("scala", "2.13", ComponentType.LIBRARY));
        Finding dangling = report.findings().stream().filter(f -> f.rule() == Rule.CCT007).findFirst().orElseThrow();
        assertTrue(Messages.english().render(dangling.message()).contains("names no component"));
    }

    private static Finding hardCoded(String file, int line, String key) {
        return new Finding(Rule.CN047, Severity.WARNING, null, null,
                fr.cctlint.i18n.Message.of("cloudnative.finding", "EX47", key), new Evidence(file, line, key + "=****"),
                "fp-" + file + key);
    }

    private static InputReport judgeChecks(fr.cctlint.config.ProjectConfig config, List<Finding> checks) {
        PolicyEngine withConfig = new PolicyEngine(new Classifier(KnowledgeBase.empty()), BY_NAME, REFERENTIAL,
                new PolicyOptions(false, config, TODAY));
        return withConfig.judge(inventory(List.of(), List.of()), checks);
    }

    @Test
    void aPathWaiverSuppressesFileFindingsOfItsRuleInTheFilesItNames() {
        fr.cctlint.config.Waiver dev = new fr.cctlint.config.Waiver("CN047", null, "local profile only", "Comité",
                null, TODAY.plusMonths(6), new Evidence(".cct-lint.yaml", 20, "rule: CN047, path: **/application-dev.yml"),
                "**/application-dev.yml");
        InputReport report = judgeChecks(config(List.of(), List.of(dev), Map.of(), false), List.of(
                hardCoded("src/main/resources/application-dev.yml", 3, "spring.datasource.password"),
                hardCoded("src/main/resources/application.yml", 7, "spring.datasource.password")));
        assertEquals(List.of("src/main/resources/application.yml"),
                report.findings().stream().map(f -> f.location().file()).toList());
        assertEquals(1, report.suppressed().size());
        assertEquals(dev, report.suppressed().get(0).waiver());
    }

    @Test
    void aPathWaiverThatCoversNoFindingIsCct007() {
        fr.cctlint.config.Waiver stale = new fr.cctlint.config.Waiver("CN047", null, "gone", "Comité", null, null,
                new Evidence(".cct-lint.yaml", 20, "rule: CN047, path: legacy/**"), "legacy/**");
        InputReport report = judgeChecks(config(List.of(), List.of(stale), Map.of(), false),
                List.of(hardCoded("src/main/resources/application.yml", 7, "spring.datasource.password")));
        assertEquals(List.of(Rule.CCT007, Rule.CN047), report.findings().stream().map(Finding::rule).sorted().toList());
        assertTrue(report.suppressed().isEmpty());
    }

    @Test
    void theProjectFileOverridesSeverities() {
        InputReport report = judgeWith(config(List.of(), List.of(), Map.of(Rule.CCT004, Severity.ERROR,
                Rule.CCT001, Severity.WARNING), false), component("keycloak", "24", ComponentType.CONTAINER),
                component("rabbitmq", "3", ComponentType.CONTAINER));
        Map<Rule, Severity> severities = new java.util.EnumMap<>(Rule.class);
        report.findings().forEach(f -> severities.put(f.rule(), f.severity()));
        assertEquals(Map.of(Rule.CCT004, Severity.ERROR, Rule.CCT001, Severity.WARNING), severities);
    }

    @Test
    void testComponentsAreJudgedWhenTheProjectFileAsksForThem() {
        Component test = new Component("t", "scala", null, "2.13", null, null, ComponentType.LIBRARY, Scope.TEST,
                false, List.of(new Evidence("pom.xml", 3, "scala")), Map.of());
        assertTrue(judgeWith(config(List.of(), List.of(), Map.of(), false), test).findings().isEmpty());
        assertEquals(List.of(Rule.CCT003), judgeWith(config(List.of(), List.of(), Map.of(), true), test).findings()
                .stream().map(Finding::rule).toList());
    }

    @Test
    void anUnlistedInferredServiceIsCct008NamingItsClients() {
        Component broker = new Component("inferred:rabbitmq", "RabbitMQ server", null, null,
                "pkg:docker/library/rabbitmq", null, ComponentType.SERVICE, Scope.RUNTIME, false,
                List.of(new Evidence("pom.xml", 40, "com.rabbitmq:amqp-client:5.21.0")),
                Map.of(fr.cctlint.collect.Roles.KEY, fr.cctlint.collect.Roles.INFERRED_SERVICE,
                        "cct:inferredFrom", "com.rabbitmq/amqp-client@5.21.0"));
        Finding finding = judge(broker).findings().get(0);
        assertEquals(Rule.CCT008, finding.rule());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("pom.xml:40", finding.location().location());
        assertTrue(Messages.english().render(finding.message()).startsWith(
                "RabbitMQ server is needed by com.rabbitmq/amqp-client@5.21.0"), Messages.english().render(finding.message()));
    }

    private InputReport judge(Component... components) {
        return engine.judge(inventory(List.of(components), List.of()));
    }

    private static Inventory inventory(List<Component> components, List<Problem> problems) {
        return new Inventory(new SourceInfo(SourceKind.SBOM, "bom.json", "CycloneDX 1.6 JSON", null, Map.of()),
                components, problems, 0);
    }

    private static Component component(String name, String version, ComponentType type) {
        return new Component(name + "@" + version, name, null, version, "pkg:generic/" + name, null, type,
                Scope.RUNTIME, false, List.of(new Evidence("bom.json", 10, name)), Map.of());
    }

    private static Product product(String ref, String name, String version, String status, String comment) {
        return new Product(ref, name, "supplier", "part", "chapter", true, false, version, new Line(version), status,
                comment, null, Selectors.NONE, null);
    }

    /** A test constraint: "*" or a major version line. */
    private record Line(String expression) implements VersionConstraint {
        @Override
        public boolean isAny() {
            return "*".equals(expression);
        }

        @Override
        public boolean matches(String version) {
            return isAny() || version != null && (version.equals(expression) || version.startsWith(expression + "."));
        }
    }
}
