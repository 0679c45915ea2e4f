package fr.cctlint.cli.referential;

import fr.cctlint.cli.Console;
import fr.cctlint.cli.ExitCode;
import fr.cctlint.cli.ReferentialOptions;
import fr.cctlint.cli.UserException;
import fr.cctlint.i18n.Message;
import fr.cctlint.referential.CpeSelector;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.Provenance;
import fr.cctlint.referential.Referential;
import fr.cctlint.referential.Selectors;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code cct-lint referential show AT-1486|tomcat}: every row of the product, with its conditions and how
 * components are recognised as it.
 */
@Command(name = "show", mixinStandardHelpOptions = true)
final class ShowCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(paramLabel = "REF|NAME", descriptionKey = "show.query")
    String query;

    @Mixin
    ReferentialOptions referentialOptions = new ReferentialOptions();

    ShowCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Referential referential = referentialOptions.load(console);
        List<Product> rows = referential.find(query).map(List::of).orElseGet(() -> byName(referential));
        if (rows.isEmpty()) {
            throw new UserException(Message.of("cli.referential.notFound", query));
        }
        PrintStream out = console.out();
        for (Product p : rows) {
            line(out, "cli.referential.show.ref", p.ref());
            line(out, "cli.referential.show.name", p.name());
            line(out, "cli.referential.show.supplier", p.supplier());
            line(out, "cli.referential.show.category", join(p.part(), p.chapter()));
            line(out, "cli.referential.show.version", p.versionText());
            line(out, "cli.referential.show.constraint", p.constraint().expression());
            line(out, "cli.referential.show.status", status(referential, p.status()));
            line(out, "cli.referential.show.freeSoftware", console.text(p.openSource() ? "cli.yes" : "cli.no"));
            line(out, "cli.referential.show.supportLL", console.text(p.supportLL() ? "cli.yes" : "cli.no"));
            line(out, "cli.referential.show.comment", p.comment());
            line(out, "cli.referential.show.selectors", selectors(p.selectors()));
            out.println();
        }
        line(out, "cli.referential.show.edition", edition(referential, console));
        return ExitCode.OK.code();
    }

    private List<Product> byName(Referential referential) {
        String wanted = ListCommand.normalise(query);
        return referential.products().stream().filter(p -> ListCommand.normalise(p.name()).equals(wanted)).toList();
    }

    private void line(PrintStream out, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("%-34s %s%n", console.text(labelKey) + ":", value.replace("\n", "\n" + " ".repeat(35)));
        }
    }

    private String status(Referential referential, String letter) {
        return referential.status(letter)
                .map(s -> letter + " (" + ("fr".equals(console.messages().locale().getLanguage()) ? s.labelFr()
                        : s.labelEn()) + ")")
                .orElse(letter);
    }

    private static String selectors(Selectors s) {
        List<String> parts = new ArrayList<>();
        s.purls().forEach(p -> parts.add("purl " + p));
        s.cpes().forEach((CpeSelector c) -> parts.add("cpe " + c.vendor() + ":" + c.product()));
        s.images().forEach(i -> parts.add("image " + i));
        s.osPackages().forEach(o -> parts.add("os-package " + o));
        s.names().forEach(n -> parts.add("name " + n));
        return String.join(", ", parts);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " / " + b;
    }

    /** The editions in force, for footers: {@code cct-mi 5bb42d1f (2025-01-18)}. */
    static String edition(Referential referential, Console console) {
        List<String> parts = new ArrayList<>();
        for (Provenance p : referential.editions()) {
            String revision = p.revision() == null ? "" : " " + p.revision().substring(0, Math.min(8, p.revision().length()));
            parts.add(p.title() + revision + (p.date() == null ? "" : " (" + p.date() + ")"));
        }
        return String.join(" + ", parts);
    }
}
