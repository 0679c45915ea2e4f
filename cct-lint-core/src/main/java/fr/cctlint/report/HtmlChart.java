package fr.cctlint.report;

import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The components of a scan by referential status (R, A, M, O...) or, when no listed row covers them, by
 * verdict (unlisted embedded, declared embedded, unlisted operated, version not listed, out of scope), and the
 * small inline SVG bar chart drawn from them. The chart repeats a table of the same numbers; it is never their
 * only carrier.
 */
final class HtmlChart {
    /** The usual order of the CCT's status letters; other letters follow, alphabetically. */
    private static final String STATUS_ORDER = "RAMO";
    private static final List<Verdict> UNLISTED = List.of(Verdict.UNLISTED_EMBEDDED, Verdict.DECLARED_EMBEDDED,
            Verdict.UNLISTED_OPERATED, Verdict.VERSION_NOT_LISTED, Verdict.OUT_OF_SCOPE);
    private static final int WIDTH = 560;
    private static final int LABEL_WIDTH = 210;
    private static final int BAR_MAX = 290;
    private static final int ROW = 30;

    private HtmlChart() {
    }

    /** One bar: a stable key ({@code status-R}, {@code verdict-UNLISTED_OPERATED}), its label and count. */
    record Bar(String key, String label, int count, String colour) {
    }

    /** The bars of a scan: every status letter of the referential, then the verdicts of unlisted components. */
    static List<Bar> bars(ScanReport report, ReportTexts texts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TreeSet<String> letters = new TreeSet<>(Comparator.comparingInt(HtmlChart::statusRank)
                .thenComparing(Comparator.naturalOrder()));
        letters.addAll(report.referential().statuses().keySet());
        List<Assessment> all = report.inputs().stream().flatMap(i -> i.assessments().stream()).toList();
        for (Assessment a : all) {
            if (a.status() != null && listed(a.verdict())) {
                letters.add(a.status());
            }
        }
        letters.forEach(l -> counts.put("status-" + l, 0));
        UNLISTED.forEach(v -> counts.put("verdict-" + v.name(), 0));
        for (Assessment a : all) {
            String key = a.status() != null && listed(a.verdict()) ? "status-" + a.status() : "verdict-" + a.verdict().name();
            counts.merge(key, 1, Integer::sum);
        }
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("status-")) {
                String letter = key.substring("status-".length());
                bars.add(new Bar(key, texts.get("html.chart.status", letter, texts.statusLabel(letter)), e.getValue(),
                        statusColour(letter)));
            } else {
                Verdict v = Verdict.valueOf(key.substring("verdict-".length()));
                bars.add(new Bar(key, texts.verdictLabel(v), e.getValue(), verdictColour(v)));
            }
        }
        return List.copyOf(bars);
    }

    /** The chart: one labelled horizontal bar per category, the count written after each bar. */
    static void write(HtmlWriter h, List<Bar> bars, String title, ReportTexts texts) throws IOException {
        int height = ROW * bars.size() + 10;
        int max = bars.stream().mapToInt(Bar::count).max().orElse(0);
        List<String> parts = new ArrayList<>();
        bars.forEach(b -> parts.add(b.label() + " " + b.count()));
        String label = texts.get("html.chart.title", title, String.join(", ", parts));
        h.open("svg", "role", "img", "aria-labelledby", "status-chart-title", "viewBox", "0 0 " + WIDTH + " " + height,
                "width", String.valueOf(WIDTH), "height", String.valueOf(height));
        h.line("title", label, "id", "status-chart-title");
        int y = 5;
        for (Bar bar : bars) {
            int width = max == 0 ? 0 : Math.max(bar.count() == 0 ? 0 : 2, BAR_MAX * bar.count() / max);
            h.open("g", "data-key", bar.key());
            h.line("text", bar.label(), "x", "0", "y", String.valueOf(y + 19));
            // SVG elements are not void in HTML: closed explicitly, else what follows would nest in the rect
            h.start("rect", "x", String.valueOf(LABEL_WIDTH), "y", String.valueOf(y + 4), "width", String.valueOf(width),
                    "height", "20", "fill", bar.colour()).close("rect");
            h.line("text", String.valueOf(bar.count()), "x", String.valueOf(LABEL_WIDTH + width + 8),
                    "y", String.valueOf(y + 19));
            h.close("g");
            y += ROW;
        }
        h.close("svg");
    }

    private static boolean listed(Verdict verdict) {
        return verdict == Verdict.LISTED || verdict == Verdict.LISTED_WITH_STATUS;
    }

    private static int statusRank(String letter) {
        int rank = STATUS_ORDER.indexOf(letter);
        return letter.length() == 1 && rank >= 0 ? rank : STATUS_ORDER.length();
    }

    /** Fill colours, each at least 3:1 against the white page; the text labels carry the meaning. */
    private static String statusColour(String letter) {
        return switch (letter) {
            case "R" -> "#1e7b34";
            case "A" -> "#1f5fbf";
            case "M" -> "#a35200";
            case "O" -> "#6a2c91";
            default -> "#4d4d4d";
        };
    }

    private static String verdictColour(Verdict verdict) {
        return switch (verdict) {
            case UNLISTED_EMBEDDED -> "#45617a";
            case DECLARED_EMBEDDED -> "#00737a";
            case UNLISTED_OPERATED -> "#b3001e";
            case VERSION_NOT_LISTED -> "#8a4b00";
            default -> "#6b6b6b";
        };
    }
}
