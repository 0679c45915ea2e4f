package fr.cctlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Suppression;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import fr.cctlint.policy.Verdict;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.Provenance;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * SARIF 2.1.0, as GitHub code scanning and IDE viewers read it. One run per input; the driver carries the whole
 * rule catalogue; each finding is a result located at its evidence (file, line, quoted text) and, for a
 * component, at the component's purl as a logical location; read problems are tool execution notifications.
 *
 * <p>Locations: a relative evidence path is a URI relative to {@code %SRCROOT%} (the scanned root, which GitHub
 * resolves to the repository root). A region with {@code startLine} is written only when the line is known:
 * an SBOM entry without a line gets no invented line, and GitHub then shows the alert on the file itself. With
 * several inputs each run has its own {@code automationDetails.id}, so GitHub keeps their alerts apart.
 */
public final class SarifReporter implements Reporter {
    public static final String NAME = "sarif";
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** The partial fingerprint key of every result; baselines (`--baseline`) read it back. */
    public static final String FINGERPRINT = "cctFingerprint/v1";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileName() {
        return "cct-lint.sarif";
    }

    @Override
    public void write(ScanReport report, Messages messages, OutputStream out) throws IOException {
        ReportTexts texts = new ReportTexts(messages, report.referential());
        ObjectNode log = JsonOutput.object();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ArrayNode runs = log.putArray("runs");
        for (InputReport input : report.inputs()) {
            runs.add(run(report, input, texts));
        }
        JsonOutput.write(log, out);
    }

    private ObjectNode run(ScanReport report, InputReport input, ReportTexts texts) {
        ObjectNode run = JsonOutput.object();
        run.set("tool", tool(report, texts));
        if (report.inputs().size() > 1) {
            run.putObject("automationDetails").put("id", "cct-lint/" + input.source().location() + "/");
        }
        versionControl(input.source()).ifPresent(vcs -> run.putArray("versionControlProvenance").add(vcs));
        List<String> files = artifactFiles(input);
        ArrayNode artifacts = run.putArray("artifacts");
        for (String file : files) {
            ObjectNode artifact = artifacts.addObject();
            artifact.set("location", artifactLocation(file, -1));
            artifact.putArray("roles").add("analysisTarget");
        }
        run.set("invocations", JsonOutput.object().arrayNode().add(invocation(report, input, texts, files)));
        run.put("language", texts.language());
        ArrayNode results = run.putArray("results");
        for (Finding finding : input.findings()) {
            results.add(result(finding, texts, files));
        }
        for (Suppression waived : input.suppressed()) {
            ObjectNode result = result(waived.finding(), texts, files);
            result.putArray("suppressions").add(suppression(waived, texts));
            results.add(result);
        }
        run.put("columnKind", "utf16CodeUnits");
        run.set("properties", runProperties(report, input, texts));
        return run;
    }

    /** Where a git source came from: repository, commit and ref, so a reviewer can check out what was judged. */
    private static java.util.Optional<ObjectNode> versionControl(fr.cctlint.model.SourceInfo source) {
        String commit = source.details().get(fr.cctlint.model.SourceInfo.COMMIT);
        String repository = source.details().get(fr.cctlint.model.SourceInfo.REPOSITORY);
        if (commit == null || repository == null) {
            return java.util.Optional.empty();
        }
        ObjectNode vcs = JsonOutput.object();
        vcs.put("repositoryUri", ArtifactUri.repository(repository));
        vcs.put("revisionId", commit);
        String ref = source.details().get(fr.cctlint.model.SourceInfo.REF);
        if (ref != null && !ref.equals(commit)) {
            vcs.put("revisionTag", ref);
        }
        return java.util.Optional.of(vcs);
    }

    private ObjectNode tool(ScanReport report, ReportTexts texts) {
        ObjectNode driver = JsonOutput.object();
        driver.put("name", report.tool().name());
        JsonOutput.putText(driver, "version", report.tool().version());
        JsonOutput.putText(driver, "informationUri", report.tool().informationUri());
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : Rule.values()) {
            rules.add(ruleDescriptor(rule, report, texts));
        }
        ObjectNode tool = JsonOutput.object();
        tool.set("driver", driver);
        return tool;
    }

    private ObjectNode ruleDescriptor(Rule rule, ScanReport report, ReportTexts texts) {
        ObjectNode descriptor = JsonOutput.object();
        descriptor.put("id", rule.id());
        descriptor.put("name", rule.slug());
        descriptor.putObject("shortDescription").put("text", texts.ruleShort(rule));
        descriptor.putObject("fullDescription").put("text", texts.ruleFull(rule));
        ObjectNode help = descriptor.putObject("help");
        help.put("text", texts.ruleHelp(rule));
        help.put("markdown", "**" + rule.id() + " " + texts.ruleName(rule) + "**\n\n" + texts.ruleFull(rule)
                + "\n\n**" + texts.get("report.sarif.howToFix") + "** " + texts.ruleHelp(rule));
        descriptor.putObject("defaultConfiguration")
                .put("level", texts.ruleSeverity(rule, report.newProject()).sarifLevel());
        ObjectNode properties = descriptor.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        tags(rule).forEach(tags::add);
        if (rule.cloudNative()) {
            ArrayNode requirements = properties.putArray("requirements");
            rule.requirements().forEach(requirements::add);
        }
        return descriptor;
    }

    private static List<String> tags(Rule rule) {
        return switch (rule) {
            case CCT001, CCT008 -> List.of("cct", "referential", "unlisted");
            case CCT002, CCT003, CCT004 -> List.of("cct", "referential", "status");
            case CCT005 -> List.of("cct", "referential", "version");
            case CCT006, CCT007 -> List.of("cct", "configuration");
            case CCT009 -> List.of("cct", "input");
            case CN014, CN025, CN029, CN032, CN046, CN047, CN056 -> List.of("cct", "cloud-native");
        };
    }

    /** An accepted, external suppression: the waiver of the project file, with its justification. */
    private static ObjectNode suppression(Suppression waived, ReportTexts texts) {
        ObjectNode suppression = JsonOutput.object();
        suppression.put("kind", "external");
        suppression.put("status", "accepted");
        fr.cctlint.config.Waiver w = waived.waiver();
        suppression.put("justification", texts.get("report.waived", waived.finding().rule().id(),
                w.reason() == null ? "-" : w.reason(), w.approvedBy() == null ? "-" : w.approvedBy(),
                w.expires() == null ? "-" : w.expires().toString()));
        if (w.origin() != null) {
            ObjectNode location = suppression.putObject("location");
            location.putObject("physicalLocation").set("artifactLocation", artifactLocation(w.origin().file(), -1));
            if (w.origin().line() > 0) {
                ((ObjectNode) location.get("physicalLocation")).putObject("region").put("startLine", w.origin().line());
            }
        }
        return suppression;
    }

    private ObjectNode result(Finding finding, ReportTexts texts, List<String> files) {
        ObjectNode result = JsonOutput.object();
        result.put("ruleId", finding.rule().id());
        result.put("ruleIndex", finding.rule().ordinal());
        result.put("level", finding.severity().sarifLevel());
        result.putObject("message").put("text", texts.render(finding.message()));
        ObjectNode location = result.putArray("locations").addObject();
        location.set("physicalLocation", physicalLocation(finding.location(), 0, files));
        Component component = finding.component();
        if (component != null) {
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("name", component.name());
            logical.put("fullyQualifiedName", component.purl() != null ? component.purl() : component.displayName());
            logical.put("kind", "module");
        }
        result.putObject("partialFingerprints").put(FINGERPRINT, finding.fingerprint());
        ObjectNode properties = result.putObject("properties");
        if (component != null) {
            properties.put("component", component.displayName());
            JsonOutput.putText(properties, "purl", component.purl());
        }
        Product product = finding.product();
        if (product != null) {
            properties.put("referentialRef", product.ref());
            properties.put("referentialName", product.name());
            properties.put("referentialStatus", product.status());
            properties.put("referentialStatusLabel", texts.statusLabel(product.status()));
        }
        if (properties.isEmpty()) {
            result.remove("properties");
        }
        return result;
    }

    private ObjectNode invocation(ScanReport report, InputReport input, ReportTexts texts, List<String> files) {
        ObjectNode invocation = JsonOutput.object();
        invocation.put("executionSuccessful", input.problems().stream().noneMatch(Problem::fatal));
        invocation.put("endTimeUtc", report.finishedAt().toString());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (Problem problem : input.problems()) {
            ObjectNode notification = notifications.addObject();
            notification.put("level", "error");
            notification.putObject("message").put("text", texts.render(problem.message()));
            notification.putArray("locations").addObject()
                    .set("physicalLocation", physicalLocation(problem.evidence(), problem.column(), files));
            notification.putObject("associatedRule").put("id", Rule.CCT009.id()).put("index", Rule.CCT009.ordinal());
            notification.putObject("properties").put("fatal", problem.fatal());
        }
        return invocation;
    }

    private ObjectNode physicalLocation(Evidence evidence, int column, List<String> files) {
        ObjectNode physical = JsonOutput.object();
        physical.set("artifactLocation", artifactLocation(evidence.file(), files.indexOf(evidence.file())));
        if (evidence.hasLine()) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", evidence.line());
            if (column > 0) {
                region.put("startColumn", column);
            }
            if (!evidence.text().isEmpty()) {
                region.putObject("snippet").put("text", evidence.text());
            }
        }
        return physical;
    }

    private static ObjectNode artifactLocation(String file, int index) {
        ArtifactUri uri = ArtifactUri.of(file);
        ObjectNode location = JsonOutput.object();
        location.put("uri", uri.uri());
        if (uri.uriBaseId() != null) {
            location.put("uriBaseId", uri.uriBaseId());
        }
        if (index >= 0) {
            location.put("index", index);
        }
        return location;
    }

    /** Every file the input's components, findings and problems point at, sorted. */
    private static List<String> artifactFiles(InputReport input) {
        TreeSet<String> files = new TreeSet<>();
        for (Assessment a : input.assessments()) {
            a.component().evidence().forEach(e -> files.add(e.file()));
        }
        input.findings().forEach(f -> files.add(f.location().file()));
        input.problems().forEach(p -> files.add(p.file()));
        return new ArrayList<>(files);
    }

    private ObjectNode runProperties(ScanReport report, InputReport input, ReportTexts texts) {
        ObjectNode properties = JsonOutput.object();
        ArrayNode editions = properties.putArray("referentialEditions");
        for (Provenance p : report.referential().editions()) {
            ObjectNode edition = editions.addObject();
            JsonOutput.putText(edition, "id", p.id());
            JsonOutput.putText(edition, "title", p.title());
            JsonOutput.putText(edition, "source", p.source());
            JsonOutput.putText(edition, "revision", p.revision());
            JsonOutput.putText(edition, "date", p.date());
        }
        properties.put("failOn", report.failOn().sarifLevel());
        properties.put("newProject", report.newProject());
        ObjectNode source = properties.putObject("input");
        source.put("kind", input.source().kind().name());
        source.put("location", input.source().location());
        JsonOutput.putText(source, "format", input.source().format());
        JsonOutput.putText(source, "subject", input.source().subject());
        ObjectNode details = source.putObject("details");
        new TreeMap<>(input.source().details()).forEach(details::put);
        ReportCounts counts = ReportCounts.of(input, report);
        properties.put("components", counts.components());
        properties.put("excludedComponents", counts.excluded());
        ObjectNode bySeverity = properties.putObject("findingsBySeverity");
        for (Severity s : ReportCounts.FINDING_SEVERITIES) {
            bySeverity.put(s.sarifLevel(), counts.severity(s));
        }
        ObjectNode byVerdict = properties.putObject("componentsByVerdict");
        for (Map.Entry<Verdict, Integer> e : counts.byVerdict().entrySet()) {
            byVerdict.put(e.getKey().name(), e.getValue());
        }
        properties.put("conform", counts.failing() == 0);
        return properties;
    }
}
