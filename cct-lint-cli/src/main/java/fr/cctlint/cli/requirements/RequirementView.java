package fr.cctlint.cli.requirements;

import fr.cctlint.cli.Console;
import fr.cctlint.cloudnative.Automation;
import fr.cctlint.cloudnative.Coverage;
import fr.cctlint.cloudnative.Requirement;
import fr.cctlint.cloudnative.RequirementType;
import fr.cctlint.cloudnative.Requirements;
import fr.cctlint.policy.Rule;
import fr.cctlint.referential.Provenance;
import fr.cctlint.text.Words;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * One requirement as a user reads it in the terminal: the French text as published, the type with its meaning in
 * the user's language and the severity of its findings, nature, category, what cct-lint checks of it, and the
 * source. Used by {@code requirements show} and {@code explain EX32}.
 */
public final class RequirementView {
    private static final int LABEL = 30;
    private static final int WIDTH = 110;

    private final Console console;

    public RequirementView(Console console) {
        this.console = console;
    }

    public void print(Requirements requirements, Requirement r) {
        PrintStream out = console.out();
        line(out, "cli.requirements.show.id", r.id());
        line(out, "cli.requirements.show.text", r.text());
        line(out, "cli.requirements.show.type", type(requirements, r));
        line(out, "cli.requirements.show.nature", r.nature());
        line(out, "cli.requirements.show.category", r.category());
        Automation a = r.automation();
        line(out, "cli.requirements.show.coverage",
                console.text("cli.requirements.coverage." + a.coverage().name().toLowerCase(Locale.ROOT)));
        if (a.coverage() != Coverage.MANUAL) {
            line(out, "cli.requirements.show.rules", String.join(", ", a.rules().stream().map(this::rule).toList()));
            line(out, "cli.requirements.show.facts", String.join("; ", a.facts()));
        }
        line(out, "cli.requirements.show.source", source(requirements.provenance()));
    }

    /** {@code P — essential (findings: warning)}; a row with no type shows the meaning only. */
    public String type(Requirements requirements, Requirement r) {
        RequirementType type = requirements.type(r);
        String language = console.messages().locale().getLanguage();
        return console.text("cli.requirements.type", r.type().isEmpty() ? "—" : r.type(), type.meaning(language),
                type.severity().sarifLevel());
    }

    /** {@code CN032 container-root-or-low-port: Container runs as root or listens below 1024}. */
    public String rule(Rule rule) {
        return rule.id() + " " + rule.slug() + ": " + console.text("rules." + rule.id() + ".name");
    }

    private static String source(Provenance p) {
        String revision = p.revision() == null ? "" : " " + p.revision().substring(0, Math.min(8, p.revision().length()));
        return (p.title() == null ? p.id() : p.title()) + revision + (p.date() == null ? "" : " (" + p.date() + ")");
    }

    private void line(PrintStream out, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        List<String> lines = Words.wrap(value, WIDTH - LABEL - 1);
        out.printf("%-" + LABEL + "s %s%n", console.text(labelKey) + ":", lines.get(0));
        for (String more : lines.subList(1, lines.size())) {
            out.println(" ".repeat(LABEL + 1) + more);
        }
    }
}
