package fr.cctlint.report;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Suppression;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import fr.cctlint.policy.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The terminal report: a header naming the input and the referential edition, one line per finding
 * ({@code ERROR CCT001 docker-compose.yml:12  message}) with the quoted evidence under it, highest severity
 * first, then counts and whether the scan conforms at the {@code --fail-on} threshold. ANSI colours only when
 * {@link ReportOptions#colour()} says so.
 */
public final class TextReporter implements Reporter {
    public static final String NAME = "text";
    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String RED = "\u001B[1;31m";
    private static final String YELLOW = "\u001B[1;33m";
    private static final String CYAN = "\u001B[1;36m";
    private static final String GREEN = "\u001B[1;32m";
    private static final String BLUE = "\u001B[34m";

    private final ReportOptions options;

    public TextReporter(ReportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileName() {
        return "cct-lint.txt";
    }

    @Override
    public void write(ScanReport report, Messages messages, OutputStream out) throws IOException {
        ReportTexts texts = new ReportTexts(messages, report.referential());
        List<String> lines = new ArrayList<>();
        lines.add(paint(BOLD, (report.tool().name() + " " + Objects.toString(report.tool().version(), "")).strip()));
        lines.add(texts.get("report.text.referential", texts.editions()));
        lines.add(texts.get("report.text.failOn", texts.severityLabel(report.failOn())));
        if (report.newProject()) {
            lines.add(texts.get("report.text.newProject"));
        }
        for (InputReport input : report.inputs()) {
            lines.add("");
            input(lines, input, report, texts);
        }
        lines.add("");
        lines.add(result(report, texts));
        TextOutput.writeLines(lines, out);
    }

    private void input(List<String> lines, InputReport input, ScanReport report, ReportTexts texts) {
        lines.add(paint(BOLD, texts.get("report.text.input", safe(input.source().location()),
                texts.sourceKindLabel(input.source().kind()))));
        if (input.source().format() != null) {
            lines.add(texts.get("report.text.format", safe(input.source().format())));
        }
        if (input.source().subject() != null) {
            lines.add(texts.get("report.text.subject", safe(input.source().subject())));
        }
        String commit = input.source().details().get(fr.cctlint.model.SourceInfo.COMMIT);
        if (commit != null) {
            lines.add(texts.get("report.text.revision",
                    safe(input.source().details().getOrDefault(fr.cctlint.model.SourceInfo.REF, commit)), safe(commit),
                    safe(input.source().details().getOrDefault(fr.cctlint.model.SourceInfo.REPOSITORY, ""))));
        }
        lines.add("");
        int width = ReportCounts.FINDING_SEVERITIES.stream()
                .mapToInt(s -> severityTag(s, texts).length()).max().orElse(0);
        List<Entry> entries = new ArrayList<>();
        for (Finding f : input.findings()) {
            entries.add(new Entry(f.severity(), f.rule(), f.location(), texts.render(f.message())));
        }
        for (Problem p : ReportFacts.unreportedProblems(input)) {
            entries.add(new Entry(Severity.ERROR, Rule.CCT009, p.evidence(), texts.render(p.message())));
        }
        if (entries.isEmpty()) {
            lines.add(texts.get("report.text.noFindings"));
        }
        Severity previous = null;
        for (Entry e : entries.stream().sorted(Comparator.comparing(Entry::severity).reversed()).toList()) {
            if (previous != null && previous != e.severity()) {
                lines.add("");
            }
            previous = e.severity();
            entry(lines, e, width, texts);
        }
        if (!input.suppressed().isEmpty()) {
            lines.add("");
            lines.add(texts.get("report.text.waivedHeading", input.suppressed().size()));
            for (Suppression w : input.suppressed()) {
                Finding f = w.finding();
                lines.add("  " + f.rule().id() + " " + safe(f.location().location()) + "  " + safe(texts.get("report.waived",
                        f.rule().id(), nullToDash(w.waiver().reason()), nullToDash(w.waiver().approvedBy()),
                        w.waiver().expires() == null ? "-" : w.waiver().expires().toString())));
            }
        }
        List<Assessment> declared = input.assessments().stream()
                .filter(a -> a.verdict() == Verdict.DECLARED_EMBEDDED).toList();
        if (!declared.isEmpty()) {
            lines.add("");
            lines.add(texts.get("report.text.declaredHeading", declared.size()));
            for (Assessment a : declared) {
                lines.add("  " + safe(a.component().displayName()) + "  " + safe(texts.render(a.classification().reason())));
            }
        }
        lines.add("");
        ReportCounts counts = ReportCounts.of(input, report);
        lines.add(counts.components() == 0
                ? texts.get("report.text.noComponents", counts.excluded())
                : texts.get("report.text.components", counts.components(), breakdown(counts, texts), counts.excluded()));
        lines.add(texts.get("report.text.findings", counts.severity(Severity.ERROR), counts.severity(Severity.WARNING),
                counts.severity(Severity.NOTE)));
        if (counts.problems() > 0) {
            lines.add(texts.get("report.text.problems", counts.problems()));
        }
        if (input.cloudNative() != null) {
            lines.add(texts.gridSummary(input.cloudNative()));
        }
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    /** One line of the report: a finding, or a read problem no finding reports. */
    private record Entry(Severity severity, Rule rule, Evidence location, String message) {
    }

    private void entry(List<String> lines, Entry e, int width, ReportTexts texts) {
        String tag = severityTag(e.severity(), texts);
        String padded = tag + " ".repeat(Math.max(0, width - tag.length()));
        lines.add(paint(colour(e.severity()), padded) + " " + paint(BOLD, e.rule().id()) + " "
                + safe(e.location().location()) + "  " + safe(e.message()));
        String quote = FindingDetail.quote(e.location());
        if (!quote.isEmpty()) {
            int bar = quote.indexOf(" | ");
            lines.add(paint(BLUE, quote.substring(0, bar + 3)) + quote.substring(bar + 3));
        }
    }

    /** Scanned text is untrusted: no control character reaches the terminal. */
    private static String safe(String text) {
        return FindingDetail.oneLine(text);
    }

    private static String severityTag(Severity severity, ReportTexts texts) {
        return texts.severityLabel(severity).toUpperCase(texts.messages().locale());
    }

    private static String breakdown(ReportCounts counts, ReportTexts texts) {
        List<String> parts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            if (counts.verdict(v) > 0) {
                parts.add(texts.get("report.text.verdictCount", texts.verdictLabel(v), counts.verdict(v)));
            }
        }
        return String.join(", ", parts);
    }

    private String result(ScanReport report, ReportTexts texts) {
        if (report.failOn() == Severity.NONE) {
            return paint(BOLD, texts.get("report.text.result.notEnforced"));
        }
        ReportCounts counts = ReportCounts.of(report);
        String failOn = texts.severityLabel(report.failOn());
        return counts.failing() == 0
                ? paint(GREEN, texts.get("report.text.result.pass", failOn))
                : paint(RED, texts.get("report.text.result.fail", counts.failing(), failOn));
    }

    private static String colour(Severity severity) {
        return switch (severity) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case NOTE -> CYAN;
            case NONE -> "";
        };
    }

    private String paint(String code, String text) {
        return options.colour() && !code.isEmpty() ? code + text + RESET : text;
    }
}
