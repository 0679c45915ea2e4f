package fr.cctlint.cli;

import fr.cctlint.i18n.Message;
import fr.cctlint.policy.Rule;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cct-lint explain CCT001}: what a rule checks, why the CCT demands it, how to fix or justify. */
@Command(name = "explain", mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(paramLabel = "RULE", arity = "0..1", descriptionKey = "explain.rule")
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
        Rule r = Rule.byId(rule.strip()).orElseThrow(() -> new UserException(Message.of("cli.unknownRule", rule,
                String.join(", ", Arrays.stream(Rule.values()).map(Rule::id).toList()))));
        out.println(r.id() + " " + console.text("rules." + r.id() + ".name") + " (" + r.slug() + ")");
        out.println();
        out.println(console.text("rules." + r.id() + ".short"));
        out.println();
        out.println(console.text("rules." + r.id() + ".full"));
        out.println();
        out.println(console.text("cli.explain.howToFix") + " " + console.text("rules." + r.id() + ".help"));
        out.println();
        out.println(console.text("cli.explain.defaultSeverity", r.defaultSeverity().sarifLevel()));
        return ExitCode.OK.code();
    }
}
