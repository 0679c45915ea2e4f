package fr.cctlint.referential;

import fr.cctlint.i18n.Message;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.text.FrontMatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Builds a referential from the product tables the CCT publishes ({@code referentiel-produits-*.md}: front matter
 * then HTML). {@code <h2>} is the part, {@code <h3>} the chapter; each table row has seven cells: Référence,
 * Composant, Fournisseur, Version, Statut ({@code statut_X} cell), Supp. LL, Commentaires. The class of the first
 * cell says free software ({@code *_open}) or vendor product ({@code *_nonopen}) and the edition change
 * ({@code inc_}, {@code new_}, {@code maj_}).
 *
 * <p>Rows that cannot be read are skipped and reported with file and line; version texts that cannot be read keep
 * the row (any version) and are reported too. A reference id met twice keeps its first row; the later one is
 * reported and skipped. Products come out ordered by part number ("Partie N"), then in file order.
 */
public final class ReferentialImporter {

    /** Classpath location of the provenance and status definitions of the CCT import. */
    public static final String CCT_MI_PROFILE = "cct-rules/referential/cct-mi.import.yaml";
    /** The file names the CCT publishes its product tables under. */
    public static final String FILE_GLOB = "referentiel-produits-*.md";

    private static final int CELLS = 7;
    private static final Pattern FIRST_CELL_CLASS = Pattern.compile("(?:^|\\s)(inc|new|maj)_(open|nonopen)(?:\\s|$)");
    private static final Pattern STATUS_CLASS = Pattern.compile("(?:^|\\s)statut_(\\S+)");
    private static final Pattern PART_NUMBER = Pattern.compile("Partie\\s+(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REF = Pattern.compile("[A-Z]{2,4}-\\d+");

    private final Provenance provenance;
    private final Map<String, StatusDefinition> statuses;
    private final PublishedVersionParser versionParser = new PublishedVersionParser();

    public ReferentialImporter(Provenance provenance, Map<String, StatusDefinition> statuses) {
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.statuses = Map.copyOf(statuses);
    }

    /**
     * The importer of the dnum-mi/cct-mi tables, with the provenance and status definitions of
     * {@value #CCT_MI_PROFILE}.
     *
     * @throws ReferentialException when that profile is broken
     */
    public static ReferentialImporter cctMi() {
        ReferentialDocument profile = new ReferentialLoader().readResource(CCT_MI_PROFILE);
        if (!profile.problems().isEmpty() || profile.provenance() == null) {
            throw new ReferentialException(profile.problems());
        }
        return new ReferentialImporter(profile.provenance(), profile.statuses());
    }

    /** Imports every {@value #FILE_GLOB} file of a folder, in file name order. */
    public ImportResult importFolder(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().matches("referentiel-produits-.*\\.md"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        return importFiles(files);
    }

    /** Imports the given files, in order. A file that cannot be read is reported, the others are imported. */
    public ImportResult importFiles(List<Path> files) {
        List<ImportReport.FileSummary> summaries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> versions = new ArrayList<>();
        Map<String, Product> byRef = new LinkedHashMap<>();
        for (Path file : files) {
            String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(new Problem(label, 0, 0,
                        Message.of("referential.import.unreadableFile", String.valueOf(e.getMessage())), true));
                summaries.add(new ImportReport.FileSummary(label, 0, 0));
                continue;
            }
            summaries.add(importText(label, text, byRef, problems, versions));
        }
        List<Product> ordered = byRef.values().stream()
                .sorted(Comparator.comparingInt(ReferentialImporter::partNumber))
                .toList();
        Referential referential = new Referential(List.of(provenance), statuses, ordered);
        return new ImportResult(referential, new ImportReport(summaries, problems, versions));
    }

    private ImportReport.FileSummary importText(String label, String text, Map<String, Product> byRef,
            List<Problem> problems, List<Problem> versions) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(FrontMatter.blank(text), "", parser);
        String part = null;
        String chapter = null;
        int read = 0;
        int imported = 0;
        boolean sawTable = false;
        for (Element e : doc.select("h2, h3, table, tr")) {
            switch (e.normalName()) {
                case "h2" -> {
                    part = heading(e);
                    chapter = null;
                }
                case "h3" -> chapter = heading(e);
                case "table" -> sawTable = true;
                default -> {
                    Elements cells = new Elements(e.children().stream().filter(c -> c.normalName().equals("td")).toList());
                    if (cells.isEmpty()) {
                        continue;
                    }
                    read++;
                    Product p = row(label, e, cells, part, chapter, problems, versions);
                    if (p == null) {
                        continue;
                    }
                    Product first = byRef.putIfAbsent(p.ref(), p);
                    if (first != null) {
                        problems.add(problem(label, e, Message.of("referential.import.duplicateRef", p.ref(),
                                first.origin().location())));
                        continue;
                    }
                    imported++;
                }
            }
        }
        if (!sawTable) {
            problems.add(new Problem(label, 0, 0, Message.of("referential.import.noTables"), true));
        }
        return new ImportReport.FileSummary(label, read, imported);
    }

    private Product row(String label, Element tr, Elements cells, String part, String chapter,
            List<Problem> problems, List<Problem> versions) {
        int line = line(cells.get(0));
        if (cells.size() != CELLS) {
            problems.add(problem(label, tr, Message.of("referential.import.cellCount", String.valueOf(cells.size()),
                    String.valueOf(CELLS), cells.get(0).text())));
            return null;
        }
        String ref = cells.get(0).text().strip();
        if (!REF.matcher(ref).matches()) {
            problems.add(problem(label, tr, Message.of("referential.import.badRef", ref)));
            return null;
        }
        String name = cells.get(1).text().strip();
        if (name.isEmpty()) {
            problems.add(problem(label, tr, Message.of("referential.import.noName", ref)));
            return null;
        }
        Matcher statusClass = STATUS_CLASS.matcher(cells.get(4).className());
        if (!statusClass.find()) {
            problems.add(problem(label, tr, Message.of("referential.import.noStatus", ref, cells.get(4).text())));
            return null;
        }
        String status = statusClass.group(1);
        if (!statuses.containsKey(status)) {
            problems.add(problem(label, tr, Message.of("referential.import.unknownStatus", ref, status,
                    String.join(", ", statuses.keySet().stream().sorted().toList()))));
            return null;
        }
        Matcher kind = FIRST_CELL_CLASS.matcher(cells.get(0).className());
        boolean openSource = false;
        String change = null;
        if (kind.find()) {
            openSource = kind.group(2).equals("open");
            change = switch (kind.group(1)) {
                case "new" -> "new";
                case "maj" -> "updated";
                default -> "unchanged";
            };
        } else {
            problems.add(problem(label, tr, Message.of("referential.import.unknownRowClass", ref,
                    cells.get(0).className())));
        }
        String supportText = cells.get(5).text().strip();
        boolean supportLL = supportText.equalsIgnoreCase("oui");
        if (!supportLL && !supportText.isEmpty() && !supportText.equalsIgnoreCase("non")) {
            problems.add(problem(label, tr, Message.of("referential.import.unknownSupport", ref, supportText)));
        }
        String versionText = cells.get(3).text().strip();
        PublishedVersion version = versionParser.parse(versionText);
        if (!version.readable()) {
            versions.add(new Problem(label, line, 0,
                    Message.of("referential.import.unreadableVersion", versionText, ref), false));
        }
        return new Product(ref, name, cells.get(2).text().strip(), part, chapter, openSource, supportLL, versionText,
                version.constraint(), status, plainText(cells.get(6)), change, Selectors.NONE,
                new Evidence(label, line, ref + " " + name));
    }

    /** The part or chapter title: the anchor's text when there is one (an unclosed heading swallows more). */
    private static String heading(Element h) {
        Element anchor = h.selectFirst("a");
        String text = anchor != null ? anchor.text() : h.ownText();
        return text.replace('\u00a0', ' ').strip();
    }

    /** The text of a cell: HTML whitespace collapsed, {@code <br>} as a line break, lines trimmed. */
    static String plainText(Element cell) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element el && el.normalName().equals("br")) {
                    out.append('\n');
                }
            }
        }, cell);
        List<String> lines = new ArrayList<>();
        for (String l : out.toString().split("\n", -1)) {
            lines.add(l.replaceAll("[ \\t\\r]+", " ").strip());
        }
        String joined = String.join("\n", lines);
        return joined.replaceAll("\n{3,}", "\n\n").strip();
    }

    private static int partNumber(Product p) {
        if (p.part() != null) {
            Matcher m = PART_NUMBER.matcher(p.part());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A problem of a row, at the line of its first cell (where the reference id is). */
    private static Problem problem(String label, Element tr, Message message) {
        Element first = tr.selectFirst("> td");
        return new Problem(label, line(first != null ? first : tr), 0, message, false);
    }

    private static int line(Element e) {
        int line = e.sourceRange().start().lineNumber();
        return Math.max(0, line);
    }
}
