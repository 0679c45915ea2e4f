package fr.cctlint.cli.referential;

import fr.cctlint.cli.Console;
import fr.cctlint.cli.ExitCode;
import fr.cctlint.cli.ReferentialOptions;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.Referential;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cct-lint referential list [--status M]}: one product per line, tab-separated. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {
    private final Console console;

    @Option(names = "--status", paramLabel = "LETTER", descriptionKey = "list.status")
    String status;

    @Mixin
    ReferentialOptions referentialOptions = new ReferentialOptions();

    ListCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Referential referential = referentialOptions.load(console);
        List<Product> products = referential.products().stream()
                .filter(p -> status == null || p.status().equalsIgnoreCase(status.strip()))
                .toList();
        console.out().println(console.text("cli.referential.listHeader"));
        for (Product p : products) {
            console.out().println(String.join("\t", p.ref(), p.status(), p.name(), p.versionLabel(),
                    p.supplier() == null ? "" : p.supplier()));
        }
        console.out().println(console.text("cli.referential.count", String.valueOf(products.size()),
                ShowCommand.edition(referential, console)));
        return ExitCode.OK.code();
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
