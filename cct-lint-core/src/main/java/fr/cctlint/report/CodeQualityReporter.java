package fr.cctlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * GitLab Code Quality JSON (a subset of the Code Climate issue format), so findings show in merge-request
 * widgets: an array of issues, one per finding, then one per read problem no finding reports (as CCT009).
 * Waived findings are left out: GitLab has no notion of a suppressed issue.
 *
 * <p>Each issue has GitLab's fields: {@code description} (the message, in the report language),
 * {@code check_name} (the rule id), {@code fingerprint}, {@code severity}, {@code location.path} (relative to
 * the scanned root, forward slashes) and {@code location.lines.begin} (1 when the line is unknown, as for a
 * component of an SBOM); plus Code Climate's {@code type}, {@code engine_name} and {@code categories}.
 *
 * <p>Fingerprints are the MD5 (hex) of the finding's own fingerprint (rule, input and component identity), so an
 * issue keeps its identity across runs and line moves and GitLab can tell new issues from fixed ones; two issues
 * of one report never share one (GitLab would show only the first).
 *
 * <p>Severities: {@code error} is {@code critical}, {@code warning} is {@code minor}, {@code note} is
 * {@code info}. {@code blocker} is left unused: whether a finding blocks the merge depends on
 * {@code --fail-on}, not on the finding; {@code major} stays free between an error and a warning.
 */
public final class CodeQualityReporter implements Reporter {
    public static final String NAME = "codequality";
    static final String ENGINE = "cct-lint";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileName() {
        return "gl-code-quality-report.json";
    }

    @Override
    public void write(ScanReport report, Messages messages, OutputStream out) throws IOException {
        ReportTexts texts = new ReportTexts(messages, report.referential());
        ArrayNode issues = JsonNodeFactory.instance.arrayNode();
        Set<String> fingerprints = new HashSet<>();
        for (InputReport input : report.inputs()) {
            for (Finding f : input.findings()) {
                issues.add(issue(f.rule(), f.severity(), texts.render(f.message()), f.location(),
                        unique(f.fingerprint(), fingerprints)));
            }
            for (Problem p : ReportFacts.unreportedProblems(input)) {
                String identity = String.join("\u0000", Rule.CCT009.id(), input.source().location(), p.file(),
                        String.valueOf(p.line()), p.message().key());
                issues.add(issue(Rule.CCT009, Severity.ERROR, texts.render(p.message()), p.evidence(),
                        unique(identity, fingerprints)));
            }
        }
        JsonOutput.write(issues, out);
    }

    private static ObjectNode issue(Rule rule, Severity severity, String description, Evidence location,
            String fingerprint) {
        ObjectNode issue = JsonOutput.object();
        issue.put("type", "issue");
        issue.put("engine_name", ENGINE);
        issue.put("check_name", rule.id());
        issue.put("description", FindingDetail.oneLine(description));
        issue.putArray("categories").add(rule == Rule.CCT009 ? "Bug Risk" : "Compatibility");
        issue.put("fingerprint", fingerprint);
        issue.put("severity", severity(severity));
        ObjectNode where = issue.putObject("location");
        where.put("path", path(location.file()));
        where.putObject("lines").put("begin", location.hasLine() ? location.line() : 1);
        return issue;
    }

    /** GitLab's severity for a finding's. */
    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "critical";
            case WARNING -> "minor";
            case NOTE, NONE -> "info";
        };
    }

    /** A path as GitLab matches it against the repository: forward slashes, no leading {@code ./}. */
    static String path(String file) {
        String path = file.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return path;
    }

    /** The MD5 of the identity, hex; a second issue with the same identity hashes {@code identity#2}, and so on. */
    private static String unique(String identity, Set<String> used) {
        String fingerprint = md5(identity);
        for (int n = 2; !used.add(fingerprint); n++) {
            fingerprint = md5(identity + "#" + n);
        }
        return fingerprint;
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is always available", e);
        }
    }
}
