package fr.cctlint.cli;

import fr.cctlint.cli.requirements.BundledRequirements;
import fr.cctlint.cli.requirements.RequirementView;
import fr.cctlint.cloudnative.Requirement;
import fr.cctlint.cloudnative.Requirements;
import fr.cctlint.i18n.Message;
import fr.cctlint.policy.Rule;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code cct-lint explain CCT001}: what a rule checks, why the CCT demands it, how to fix or justify; for a Cloud
 * Native rule, the requirements it checks. {@code cct-lint explain EX32}: the requirement, then the rules that
 * check it.
 */
@Command(name = "explain", mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {
    private static final Pattern REQUIREMENT = Pattern.compile("(?i)EX\\d+");
    private final Console console;

    @Parameters(paramLabel = "RULE|REQUIREMENT", arity = "0..1", descriptionKey = "explain.rule")
    String rule;

    ExplainCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintStream out = console.out();
        if (rule == null) {
            for (Rule r : Rule.values()) {
                out.println(r.id() + "  " + console.text("rules." + r.id() + ".name") + " — "
                        + console.text("rules." + r.id() + ".short"));
            }
            return ExitCode.OK.code();
        }
        if (REQUIREMENT.matcher(rule.strip()).matches()) {
            return explainRequirement(rule.strip());
        }
        Rule r = Rule.byId(rule.strip()).orElseThrow(() -> new UserException(Message.of("cli.unknownRule", rule,
                String.join(", ", Arrays.stream(Rule.values()).map(Rule::id).toList()))));
        explainRule(r);
        if (r.cloudNative()) {
            Requirements requirements = BundledRequirements.load(console);
            out.println();
            out.println(console.text("cli.explain.checksRequirements", String.join(", ",
                    requirements.judgedBy(r).stream().map(Requirement::id).toList()),
                    requirements.severity(r).sarifLevel()));
        }
        return ExitCode.OK.code();
    }

    private int explainRequirement(String id) {
        Requirements requirements = BundledRequirements.load(console);
        Requirement requirement = BundledRequirements.find(requirements, id);
        new RequirementView(console).print(requirements, requirement);
        List<Rule> rules = requirement.automation().rules();
        console.out().println();
        if (rules.isEmpty()) {
            console.out().println(console.text("cli.explain.manualRequirement"));
            return ExitCode.OK.code();
        }
        for (Rule r : rules) {
            console.out().println(console.text("cli.explain.checkedBy", requirement.id()));
            console.out().println();
            explainRule(r);
            console.out().println();
        }
        return ExitCode.OK.code();
    }

    private void explainRule(Rule r) {
        PrintStream out = console.out();
        out.println(r.id() + " " + console.text("rules." + r.id() + ".name") + " (" + r.slug() + ")");
        out.println();
        out.println(console.text("rules." + r.id() + ".short"));
        out.println();
        out.println(console.text("rules." + r.id() + ".full"));
        out.println();
        out.println(console.text("cli.explain.howToFix") + " " + console.text("rules." + r.id() + ".help"));
        out.println();
        out.println(console.text("cli.explain.defaultSeverity", r.defaultSeverity().sarifLevel()));
    }
}
