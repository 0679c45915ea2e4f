package fr.cctlint.report;

import fr.cctlint.cloudnative.GridRow;
import fr.cctlint.cloudnative.Requirement;
import fr.cctlint.cloudnative.RequirementGrid;
import fr.cctlint.cloudnative.check.Violation;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Suppression;
import fr.cctlint.policy.Severity;
import fr.cctlint.policy.Verdict;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.Provenance;
import fr.cctlint.referential.StatusDefinition;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole result as JSON, for scripts and dashboards. Field names are stable camelCase; enum values are the
 * Java constant names ({@code UNLISTED_OPERATED}, {@code ERROR}); texts are rendered in the chosen language.
 * The structure is documented in {@code rules/README.md} ("JSON report").
 */
public final class JsonReporter implements Reporter {
    public static final String NAME = "json";
    /** Bumped when a field changes meaning or disappears; adding a field does not bump it. */
    static final int FORMAT_VERSION = 1;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileName() {
        return "cct-lint.json";
    }

    @Override
    public void write(ScanReport report, Messages messages, OutputStream out) throws IOException {
        ReportTexts texts = new ReportTexts(messages, report.referential());
        ObjectNode root = JsonOutput.object();
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", report.tool().name());
        JsonOutput.putText(tool, "version", report.tool().version());
        JsonOutput.putText(tool, "informationUri", report.tool().informationUri());
        root.put("language", texts.language());
        root.put("finishedAt", report.finishedAt().toString());
        root.set("referential", referential(report, texts));
        root.put("failOn", report.failOn().name());
        root.put("newProject", report.newProject());
        if (report.configFile() != null) {
            root.put("configFile", report.configFile());
        }
        root.put("conform", !report.failed());
        root.set("counts", counts(ReportCounts.of(report)));
        ArrayNode inputs = root.putArray("inputs");
        for (InputReport input : report.inputs()) {
            inputs.add(input(input, report, texts));
        }
        JsonOutput.write(root, out);
    }

    private static ObjectNode referential(ScanReport report, ReportTexts texts) {
        ObjectNode node = JsonOutput.object();
        ArrayNode editions = node.putArray("editions");
        for (Provenance p : report.referential().editions()) {
            editions.add(provenance(p));
        }
        ArrayNode statuses = node.putArray("statuses");
        for (StatusDefinition s : new TreeMap<>(report.referential().statuses()).values()) {
            ObjectNode st = statuses.addObject();
            st.put("letter", s.letter());
            st.put("label", texts.statusLabel(s.letter()));
            if (s.rule() != null) {
                st.put("rule", s.rule());
            }
            st.put("severity", (s.severity() == null ? Severity.NONE : s.severityFor(report.newProject())).name());
        }
        return node;
    }

    private ObjectNode input(InputReport input, ScanReport report, ReportTexts texts) {
        ObjectNode node = JsonOutput.object();
        ObjectNode source = node.putObject("source");
        source.put("kind", input.source().kind().name());
        source.put("location", input.source().location());
        JsonOutput.putText(source, "format", input.source().format());
        JsonOutput.putText(source, "subject", input.source().subject());
        ObjectNode details = source.putObject("details");
        new TreeMap<>(input.source().details()).forEach(details::put);
        ReportCounts counts = ReportCounts.of(input, report);
        node.put("conform", counts.failing() == 0);
        node.set("counts", counts(counts));
        ArrayNode assessments = node.putArray("assessments");
        for (Assessment a : input.assessments()) {
            assessments.add(assessment(a, texts));
        }
        ArrayNode findings = node.putArray("findings");
        for (Finding f : input.findings()) {
            findings.add(finding(f, report, texts));
        }
        ArrayNode suppressed = node.putArray("suppressed");
        for (Suppression w : input.suppressed()) {
            ObjectNode sn = finding(w.finding(), report, texts);
            ObjectNode waiver = sn.putObject("waiver");
            waiver.put("rule", w.waiver().rule());
            JsonOutput.putText(waiver, "component", w.waiver().component());
            JsonOutput.putText(waiver, "path", w.waiver().path());
            JsonOutput.putText(waiver, "reason", w.waiver().reason());
            JsonOutput.putText(waiver, "approvedBy", w.waiver().approvedBy());
            JsonOutput.putText(waiver, "approved", w.waiver().approved() == null ? null : w.waiver().approved().toString());
            JsonOutput.putText(waiver, "expires", w.waiver().expires() == null ? null : w.waiver().expires().toString());
            if (w.waiver().origin() != null) {
                waiver.put("declaredAt", w.waiver().origin().location());
            }
            suppressed.add(sn);
        }
        ArrayNode problems = node.putArray("problems");
        for (Problem p : input.problems()) {
            ObjectNode pn = problems.addObject();
            pn.put("file", p.file());
            pn.put("line", p.line());
            pn.put("column", p.column());
            pn.put("message", texts.render(p.message()));
            pn.put("messageKey", p.message().key());
            pn.put("fatal", p.fatal());
        }
        if (input.cloudNative() != null) {
            node.set("cloudNative", cloudNative(input.cloudNative(), texts));
        }
        return node;
    }

    private static ObjectNode provenance(Provenance p) {
        ObjectNode e = JsonOutput.object();
        JsonOutput.putText(e, "id", p.id());
        JsonOutput.putText(e, "title", p.title());
        JsonOutput.putText(e, "source", p.source());
        JsonOutput.putText(e, "revision", p.revision());
        JsonOutput.putText(e, "date", p.date());
        JsonOutput.putText(e, "licence", p.licence());
        return e;
    }

    /** The reviewer's grid: every requirement in the CCT's order, its verdict and what it rests on. */
    private static ObjectNode cloudNative(RequirementGrid grid, ReportTexts texts) {
        ObjectNode node = JsonOutput.object();
        node.set("edition", provenance(grid.provenance()));
        ObjectNode counts = node.putObject("counts");
        grid.counts().forEach((verdict, n) -> counts.put(verdict.name(), n));
        ArrayNode rows = node.putArray("requirements");
        for (GridRow row : grid.rows()) {
            Requirement r = row.requirement();
            ObjectNode rn = rows.addObject();
            rn.put("id", r.id());
            rn.put("type", r.type());
            rn.put("typeMeaning", row.type().meaning(texts.language()));
            rn.put("severity", row.type().severity().name());
            rn.put("text", r.text());
            rn.put("nature", r.nature());
            rn.put("category", r.category());
            rn.put("coverage", r.automation().coverage().name());
            ArrayNode rules = rn.putArray("rules");
            r.automation().rules().forEach(rule -> rules.add(rule.id()));
            rn.put("verdict", row.verdict().name());
            rn.put("verdictLabel", texts.gridVerdictLabel(row.verdict()));
            ArrayNode violations = rn.putArray("violations");
            for (Violation v : row.violations()) {
                ObjectNode vn = evidence(v.location());
                vn.put("message", texts.render(v.message()));
                violations.add(vn);
            }
            ArrayNode checked = rn.putArray("checked");
            row.checked().forEach(e -> checked.add(evidence(e)));
        }
        return node;
    }

    private static ObjectNode assessment(Assessment a, ReportTexts texts) {
        ObjectNode node = JsonOutput.object();
        node.set("component", component(a.component()));
        ObjectNode classification = node.putObject("classification");
        classification.put("deployment", a.classification().deployment().name());
        classification.put("reason", texts.render(a.classification().reason()));
        Match match = a.match();
        if (match != null) {
            ObjectNode m = node.putObject("match");
            m.put("matchedBy", match.matchedBy());
            m.put("versionListed", match.versionListed());
            if (match.entry() != null) {
                m.set("entry", product(match.entry(), texts));
            }
            ArrayNode family = m.putArray("family");
            match.family().forEach(p -> family.add(p.ref()));
            m.put("listedVersions", match.listedVersions());
        }
        node.put("verdict", a.verdict().name());
        return node;
    }

    private static ObjectNode component(Component c) {
        ObjectNode node = JsonOutput.object();
        node.put("id", c.id());
        node.put("displayName", c.displayName());
        node.put("name", c.name());
        JsonOutput.putText(node, "group", c.group());
        JsonOutput.putText(node, "version", c.version());
        JsonOutput.putText(node, "purl", c.purl());
        JsonOutput.putText(node, "cpe", c.cpe());
        node.put("type", c.type().name());
        node.put("scope", c.scope().name());
        node.put("subject", c.subject());
        ArrayNode evidence = node.putArray("evidence");
        c.evidence().forEach(e -> evidence.add(evidence(e)));
        ObjectNode properties = node.putObject("properties");
        new TreeMap<>(c.properties()).forEach(properties::put);
        return node;
    }

    private static ObjectNode product(Product p, ReportTexts texts) {
        ObjectNode node = JsonOutput.object();
        node.put("ref", p.ref());
        node.put("name", p.name());
        JsonOutput.putText(node, "supplier", p.supplier());
        node.put("version", p.versionLabel());
        node.put("status", p.status());
        node.put("statusLabel", texts.statusLabel(p.status()));
        JsonOutput.putText(node, "comment", p.comment());
        return node;
    }

    private static ObjectNode evidence(Evidence e) {
        ObjectNode node = JsonOutput.object();
        node.put("file", e.file());
        node.put("line", e.line());
        JsonOutput.putText(node, "text", e.text());
        return node;
    }

    private static ObjectNode finding(Finding f, ScanReport report, ReportTexts texts) {
        ObjectNode node = JsonOutput.object();
        node.put("rule", f.rule().id());
        node.put("ruleName", texts.ruleName(f.rule()));
        node.put("severity", f.severity().name());
        node.put("failing", report.fails(f.severity()));
        node.put("message", texts.render(f.message()));
        node.put("messageKey", f.message().key());
        node.set("location", evidence(f.location()));
        if (f.component() != null) {
            node.put("componentId", f.component().id());
            node.put("component", f.component().displayName());
            JsonOutput.putText(node, "purl", f.component().purl());
        }
        if (f.product() != null) {
            node.put("referentialRef", f.product().ref());
            node.put("referentialStatus", f.product().status());
        }
        node.put("fingerprint", f.fingerprint());
        return node;
    }

    private static ObjectNode counts(ReportCounts counts) {
        ObjectNode node = JsonOutput.object();
        node.put("components", counts.components());
        node.put("excluded", counts.excluded());
        node.put("findings", counts.findings());
        node.put("failing", counts.failing());
        node.put("problems", counts.problems());
        ObjectNode bySeverity = node.putObject("bySeverity");
        for (Severity s : ReportCounts.FINDING_SEVERITIES) {
            bySeverity.put(s.name(), counts.severity(s));
        }
        ObjectNode byVerdict = node.putObject("byVerdict");
        for (Map.Entry<Verdict, Integer> e : counts.byVerdict().entrySet()) {
            byVerdict.put(e.getKey().name(), e.getValue());
        }
        return node;
    }
}
