package fr.cctlint.policy;

import fr.cctlint.classify.Classification;
import fr.cctlint.classify.Classifier;
import fr.cctlint.classify.Deployment;
import fr.cctlint.collect.Roles;
import fr.cctlint.config.ComponentSelector;
import fr.cctlint.config.ComponentSelectors;
import fr.cctlint.config.EmbeddedDeclaration;
import fr.cctlint.config.ProjectConfig;
import fr.cctlint.config.Waiver;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.ProductMatcher;
import fr.cctlint.referential.Referential;
import fr.cctlint.referential.StatusDefinition;
import fr.cctlint.report.InputReport;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies the referential's rules to an inventory: classifies each component, matches it, gives it a verdict
 * and the findings it deserves (CCT001 to CCT005, CCT008), applies the project file (embedded declarations:
 * CCT006; waivers: suppressions and CCT007; severity overrides), and turns read problems into CCT009 findings.
 * Where a status becomes a severity: in the referential's {@link StatusDefinition}s, read here.
 */
public final class PolicyEngine {
    /** Report order: most severe first, then file, line, rule. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(f -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::fingerprint);

    private final Classifier classifier;
    private final ProductMatcher matcher;
    private final Referential referential;
    private final PolicyOptions options;
    private final List<Declared> declarations;
    private final List<Waived> waivers;

    private record Declared(EmbeddedDeclaration declaration, ComponentSelector selector) {
    }

    /** A waiver with its component selector and path matcher, each null when the waiver does not restrict it. */
    private record Waived(Waiver waiver, ComponentSelector selector, PathMatcher path) {
        static Waived of(Waiver waiver) {
            return new Waived(waiver, waiver.component() == null ? null : ComponentSelectors.parse(waiver.component()),
                    waiver.path() == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + waiver.path()));
        }

        boolean covers(Finding finding) {
            if (selector != null && (finding.component() == null
                    || !selector.matches(finding.component(), finding.product()))) {
                return false;
            }
            return path == null || path.matches(Path.of(finding.location().file()));
        }

        boolean coversAny(List<Assessment> assessments, List<Finding> findings) {
            if (path == null) {
                return assessments.stream().anyMatch(a -> selector.matches(a.component(), product(a)));
            }
            return findings.stream().anyMatch(f -> f.rule().id().equalsIgnoreCase(waiver.rule()) && covers(f));
        }
    }

    public PolicyEngine(Classifier classifier, ProductMatcher matcher, Referential referential, PolicyOptions options) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.referential = Objects.requireNonNull(referential, "referential");
        this.options = Objects.requireNonNull(options, "options");
        ProjectConfig config = options.config();
        this.declarations = config.embedded().stream()
                .map(d -> new Declared(d, ComponentSelectors.parse(d.component()))).toList();
        this.waivers = config.waivers().stream().map(Waived::of).toList();
    }

    public InputReport judge(Inventory inventory) {
        return judge(inventory, List.of());
    }

    /**
     * Judges an inventory together with findings made elsewhere on the same input (the Cloud Native checks'):
     * those get the same severity overrides and waivers as the referential's.
     */
    public InputReport judge(Inventory inventory, List<Finding> checks) {
        List<Assessment> assessments = new ArrayList<>(inventory.components().size());
        List<Finding> findings = new ArrayList<>();
        String input = Fingerprints.input(inventory.source().location());
        for (Component component : inventory.components()) {
            Classification classification = classifier.classify(component);
            Match match = matcher.match(component).orElse(null);
            Judgement judgement = judge(input, component, classification, match);
            assessments.add(new Assessment(component, judgement.classification(), match, judgement.verdict()));
            findings.addAll(judgement.findings());
        }
        for (Problem problem : inventory.problems()) {
            findings.add(new Finding(Rule.CCT009, Rule.CCT009.defaultSeverity(), null, null, problem.message(),
                    problem.evidence(), Fingerprints.of(Rule.CCT009.id(), problem.file(), problem.message().key(),
                            String.valueOf(problem.line()))));
        }
        findings.addAll(checks);
        findings.addAll(waiverFindings(assessments, List.copyOf(findings)));
        List<Finding> kept = new ArrayList<>();
        List<Suppression> suppressed = new ArrayList<>();
        for (Finding finding : findings) {
            Finding overridden = override(finding);
            Optional<Waiver> waiver = activeWaiver(overridden);
            if (waiver.isPresent()) {
                suppressed.add(new Suppression(overridden, waiver.get()));
            } else {
                kept.add(overridden);
            }
        }
        kept.sort(ORDER);
        suppressed.sort(Comparator.comparing(Suppression::finding, ORDER));
        return new InputReport(inventory.source(), assessments, kept, suppressed, inventory.problems(),
                inventory.excludedCount());
    }

    private record Judgement(Classification classification, Verdict verdict, List<Finding> findings) {
        static Judgement pass(Classification classification, Verdict verdict) {
            return new Judgement(classification, verdict, List.of());
        }
    }

    private Judgement judge(String input, Component component, Classification classification, Match match) {
        if (component.subject() || outOfScope(component, classification)) {
            return Judgement.pass(classification, Verdict.OUT_OF_SCOPE);
        }
        if (match == null) {
            return unlisted(input, component, classification);
        }
        Product entry = match.entry();
        if (entry == null) {
            Product first = match.family().get(0);
            if (inferred(component)) { // the server's version is the operators' choice: judge the product
                return listed(input, component, classification, best(match));
            }
            Message message = blank(component.version())
                    ? Message.of("policy.CCT005.unknownVersion", component.displayName(), first.name(),
                            match.listedVersions(), refs(match))
                    : Message.of("policy.CCT005.otherVersion", component.displayName(), first.name(),
                            component.version(), match.listedVersions(), refs(match));
            return new Judgement(classification, Verdict.VERSION_NOT_LISTED, List.of(finding(input, Rule.CCT005,
                    Rule.CCT005.defaultSeverity(), component, first, message)));
        }
        return listed(input, component, classification, entry);
    }

    /** Build and test components are out of scope unless the project file brings them in. */
    private boolean outOfScope(Component component, Classification classification) {
        if (classification.deployment() != Deployment.BUILD_ONLY) {
            return false;
        }
        ProjectConfig config = options.config();
        return !(component.scope() == Scope.TEST && config.includeTest()
                || component.scope() != Scope.TEST && config.includeDev());
    }

    private Judgement listed(String input, Component component, Classification classification, Product entry) {
        Optional<StatusDefinition> status = referential.status(entry.status());
        if (status.isEmpty() || status.get().passes()) {
            return Judgement.pass(classification, Verdict.LISTED);
        }
        StatusDefinition definition = status.get();
        Rule rule = Rule.byId(definition.rule()).orElse(Rule.CCT003);
        Severity severity = definition.severityFor(options.newProject());
        Message message = Message.of("policy." + rule.id() + ".status", component.displayName(), entry.ref(),
                entry.name(), entry.versionLabel(), entry.status(), conditions(entry));
        return new Judgement(classification, Verdict.LISTED_WITH_STATUS,
                List.of(finding(input, rule, severity, component, entry, message)));
    }

    /** Not in the referential: embedded passes; operated needs a complete embedded declaration. */
    private Judgement unlisted(String input, Component component, Classification classification) {
        if (classification.deployment() == Deployment.EMBEDDED
                || classification.deployment() == Deployment.BUILD_ONLY) {
            return Judgement.pass(classification, Verdict.UNLISTED_EMBEDDED);
        }
        Optional<Declared> declared = declarations.stream().filter(d -> d.selector().matches(component, null))
                .findFirst();
        if (declared.isPresent() && declared.get().declaration().complete()) {
            EmbeddedDeclaration d = declared.get().declaration();
            Classification embedded = new Classification(Deployment.EMBEDDED,
                    Message.of("classify.declared", d.origin().location(), d.owner()));
            return Judgement.pass(embedded, Verdict.DECLARED_EMBEDDED);
        }
        List<Finding> findings = new ArrayList<>();
        if (inferred(component)) {
            findings.add(finding(input, Rule.CCT008, Rule.CCT008.defaultSeverity(), component, null,
                    Message.of("policy.CCT008.inferred", component.displayName(),
                            Objects.toString(component.property("cct:inferredFrom"), ""))));
        } else if (classification.deployment() == Deployment.UNKNOWN) {
            findings.add(finding(input, Rule.CCT001, Severity.WARNING, component, null,
                    Message.of("policy.CCT001.unknown", component.displayName())));
        } else {
            findings.add(finding(input, Rule.CCT001, Rule.CCT001.defaultSeverity(), component, null,
                    Message.of("policy.CCT001.operated", component.displayName(), classification.reason())));
        }
        declared.ifPresent(d -> findings.add(incomplete(input, component, d.declaration())));
        return new Judgement(classification, Verdict.UNLISTED_OPERATED, findings);
    }

    /** CCT006 at the declaration, naming what it lacks. */
    private static Finding incomplete(String input, Component component, EmbeddedDeclaration declaration) {
        return new Finding(Rule.CCT006, Rule.CCT006.defaultSeverity(), component, null,
                Message.of("policy.CCT006.incomplete", component.displayName(), String.join(", ", declaration.missing())),
                declaration.origin(), Fingerprints.of(Rule.CCT006.id(), input, declaration.component(),
                        identity(component)));
    }

    /** CCT007: waivers that expired, and waivers that name no component of this input. */
    /** CCT007: waivers that expired, and waivers that cover nothing this input has. */
    private List<Finding> waiverFindings(List<Assessment> assessments, List<Finding> findings) {
        List<Finding> result = new ArrayList<>();
        for (Waived w : waivers) {
            Waiver waiver = w.waiver();
            if (waiver.expiredOn(options.today())) {
                result.add(new Finding(Rule.CCT007, Rule.CCT007.defaultSeverity(), null, null,
                        Message.of("policy.CCT007.expired", waiver.rule(), waiver.covers(),
                                String.valueOf(waiver.expires())),
                        waiver.origin(), Fingerprints.of(Rule.CCT007.id(), "expired", waiver.rule(), waiver.covers())));
            } else if (!w.coversAny(assessments, findings)) {
                result.add(new Finding(Rule.CCT007, Rule.CCT007.defaultSeverity(), null, null,
                        Message.of(waiver.path() == null ? "policy.CCT007.dangling" : "policy.CCT007.danglingPath",
                                waiver.rule(), waiver.covers()),
                        waiver.origin(), Fingerprints.of(Rule.CCT007.id(), "dangling", waiver.rule(), waiver.covers())));
            }
        }
        return result;
    }

    private Optional<Waiver> activeWaiver(Finding finding) {
        if (finding.rule() == Rule.CCT007) {
            return Optional.empty();
        }
        return waivers.stream()
                .filter(w -> w.waiver().rule().equalsIgnoreCase(finding.rule().id()))
                .filter(w -> !w.waiver().expiredOn(options.today()))
                .filter(w -> w.covers(finding))
                .map(Waived::waiver)
                .findFirst();
    }
    /** The project file's severity for this rule, when it sets one. */
    private Finding override(Finding finding) {
        Map<Rule, Severity> overrides = options.config().severity();
        Severity severity = overrides.get(finding.rule());
        return severity == null || severity == finding.severity() ? finding
                : new Finding(finding.rule(), severity, finding.component(), finding.product(), finding.message(),
                        finding.location(), finding.fingerprint());
    }

    private static Product product(Assessment a) {
        Match match = a.match();
        return match == null ? null : match.entry() != null ? match.entry() : match.family().get(0);
    }

    /** For an inferred server whose version is unknown: the row with the most favourable status. */
    private Product best(Match match) {
        return match.family().stream()
                .min(Comparator.comparing(p -> referential.status(p.status())
                        .map(s -> s.passes() ? Severity.NONE : s.severityFor(options.newProject()))
                        .orElse(Severity.WARNING)))
                .orElse(match.family().get(0));
    }

    private static boolean inferred(Component component) {
        return Roles.INFERRED_SERVICE.equals(component.property(Roles.KEY));
    }

    private static Finding finding(String input, Rule rule, Severity severity, Component component, Product product,
            Message message) {
        Evidence location = component.primaryEvidence() != null ? component.primaryEvidence() : Evidence.ofFile(input);
        return new Finding(rule, severity, component, product, message, location,
                Fingerprints.of(rule.id(), input, identity(component)));
    }

    private static String identity(Component component) {
        return component.purl() != null ? component.purl() : component.displayName();
    }

    private static String refs(Match match) {
        return String.join(", ", match.family().stream().map(p -> p.ref() + " (" + p.versionLabel() + ", "
                + p.status() + ")").toList());
    }

    private static String conditions(Product entry) {
        return entry.comment().isBlank() ? "-" : entry.comment().replaceAll("\\s+", " ").strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
