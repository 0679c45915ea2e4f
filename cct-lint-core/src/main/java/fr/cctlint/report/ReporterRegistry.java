package fr.cctlint.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reporters cct-lint knows, in one explicit list: the same list answers {@code --format NAME} and feeds
 * the {@code --format} help. Two reporters with the same name or output file are a programming error.
 */
public final class ReporterRegistry {
    private final Map<String, Reporter> byName;

    public ReporterRegistry(List<Reporter> reporters) {
        Map<String, Reporter> names = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (Reporter reporter : reporters) {
            Objects.requireNonNull(reporter, "reporter");
            String name = reporter.name().toLowerCase(Locale.ROOT);
            if (names.putIfAbsent(name, reporter) != null) {
                throw new IllegalStateException("two reporters are named " + name);
            }
            String previous = files.putIfAbsent(reporter.fileName(), name);
            if (previous != null) {
                throw new IllegalStateException("reporters " + previous + " and " + name + " both write "
                        + reporter.fileName());
            }
        }
        this.byName = names;
    }

    /** The built-in reporters, in the order {@code --format} help lists them. */
    public static ReporterRegistry standard(ReportOptions options) {
        return new ReporterRegistry(List.of(
                new TextReporter(options),
                new SarifReporter(),
                new JunitReporter(),
                new JsonReporter(),
                new HtmlReporter(),
                new MarkdownReporter(),
                new CycloneDxReporter(),
                new CodeQualityReporter(),
                new GridTextReporter()));
    }

    /** The reporter for a {@code --format} name (case-insensitive), if there is one. */
    public Optional<Reporter> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** Every {@code --format} name, in registry order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public List<Reporter> all() {
        return List.copyOf(byName.values());
    }
}
