package fr.cctlint.cloudnative;

import fr.cctlint.cloudnative.RequirementsDocument.Located;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import fr.cctlint.referential.Provenance;
import fr.cctlint.text.FrontMatter;
import fr.cctlint.text.PipeTable;
import fr.cctlint.text.TextLines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the Cloud Native requirements from the Markdown table the CCT publishes
 * ({@code exigences-architecture.md}: front matter, then a pipe table whose column names, {@code ID},
 * {@code Type}, {@code Exigence}, {@code Nature}, {@code Catégorisation}, may be its header or its first body
 * row), and merges in the hand-written import profile: provenance, the meaning and severity of each type code,
 * and the automation of each requirement (requirements the profile does not name are manual).
 *
 * <p>Texts are kept as published, with strong emphasis ({@code **}) removed and whitespace runs as one space.
 * A row that cannot be read (wrong number of cells, no {@code EXn} id, a type the profile does not define, no
 * text, bytes that are not UTF-8, an id met before) is skipped and reported with its line; the other rows are
 * imported. The requirements come out in the table's order.
 */
public final class RequirementsImporter {

    /** Classpath location of the bundled import profile. */
    public static final String CCT_MI_PROFILE = "cct-rules/cloud-native/requirements.import.yaml";
    /** The column names of the published table, in the published order. */
    static final List<String> COLUMNS = List.of("id", "type", "exigence", "nature", "categorisation");
    /** Largest source file accepted, in bytes. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private final Provenance provenance;
    private final Map<String, RequirementType> types;
    private final Map<String, Located<Automation>> automation;
    private final String profileFile;

    private RequirementsImporter(Provenance provenance, Map<String, RequirementType> types,
            Map<String, Located<Automation>> automation, String profileFile) {
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.types = Map.copyOf(types);
        this.automation = automation;
        this.profileFile = profileFile;
    }

    /**
     * An importer with the given profile contents: provenance, types by code, automation by requirement id.
     */
    public RequirementsImporter(Provenance provenance, Map<String, RequirementType> types,
            Map<String, Automation> automation) {
        this(provenance, types, located(automation), "");
    }

    /** The importer with the bundled profile {@value #CCT_MI_PROFILE}. @throws RequirementsException if broken */
    public static RequirementsImporter cctMi() {
        return fromProfile(new RequirementsLoader().readResource(CCT_MI_PROFILE));
    }

    /** The importer with a profile file. @throws RequirementsException listing every problem of the profile */
    public static RequirementsImporter withProfile(Path profile) {
        return fromProfile(new RequirementsLoader().readFile(profile));
    }

    private static RequirementsImporter fromProfile(RequirementsDocument doc) {
        List<Problem> problems = new ArrayList<>(doc.problems());
        if (!doc.requirements().isEmpty()) {
            problems.add(new Problem(doc.file(), doc.requirements().get(0).line(), 0,
                    Message.of("requirements.import.profileHasRequirements"), false));
        }
        if (doc.provenance() == null && problems.stream().noneMatch(Problem::fatal)) {
            problems.add(new Problem(doc.file(), 0, 0, Message.of("requirements.load.missingTop", "provenance"),
                    false));
        }
        Map<String, RequirementType> types = RequirementsChecks.types(doc.file(), doc.types(), problems);
        if (types.isEmpty() && problems.stream().noneMatch(Problem::fatal)) {
            problems.add(new Problem(doc.file(), 0, 0, Message.of("requirements.load.missingTop", "types"), false));
        }
        if (problems.stream().noneMatch(Problem::fatal)) {
            RequirementsChecks.everyRuleUsed(doc.file(),
                    doc.automation().values().stream().map(Located::value).toList(), problems);
        }
        if (!problems.isEmpty()) {
            throw new RequirementsException(problems);
        }
        return new RequirementsImporter(doc.provenance(), types, doc.automation(), doc.file());
    }

    /** Imports the published table of a file. A file that cannot be read gives no requirements and a problem. */
    public RequirementsImport importFile(Path file) {
        String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return failed(label, Message.of("requirements.import.tooLarge", String.valueOf(Files.size(file)),
                        String.valueOf(MAX_BYTES)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (IOException e) {
            return failed(label, Message.of("requirements.import.unreadableFile", String.valueOf(e.getMessage())));
        }
        return importBytes(label, bytes);
    }

    /** Imports the published table from the bytes of a file shown as {@code label}. */
    public RequirementsImport importBytes(String label, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        List<PipeTable> tables = PipeTable.read(withoutFrontMatter(TextLines.decode(bytes)));
        Optional<Header> header = tables.stream().map(RequirementsImporter::header).flatMap(Optional::stream)
                .findFirst();
        if (header.isEmpty()) {
            if (tables.isEmpty()) {
                problems.add(new Problem(label, 0, 0, Message.of("requirements.import.noTable"), true));
                return new RequirementsImport(requirements(List.of()), label, 0, problems);
            }
            problems.add(new Problem(label, tables.get(0).rows().isEmpty() ? 0 : tables.get(0).rows().get(0).line(),
                    0, Message.of("requirements.import.noHeader", String.join(", ", publishedColumns())), false));
            header = Optional.of(new Header(tables.get(0), -1, List.of(0, 1, 2, 3, 4), 5));
        }
        Header h = header.get();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        List<Requirement> read = new ArrayList<>();
        int rowsRead = 0;
        List<PipeTable.Row> rows = h.table().rows();
        for (int i = h.index() + 1; i < rows.size(); i++) {
            PipeTable.Row row = rows.get(i);
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            rowsRead++;
            Requirement r = row(label, row, h, problems);
            if (r == null) {
                continue;
            }
            Integer first = firstLine.putIfAbsent(r.id(), row.line());
            if (first != null) {
                problems.add(problem(label, row, Message.of("requirements.import.duplicateId", r.id(),
                        String.valueOf(first))));
                continue;
            }
            read.add(r);
        }
        for (Map.Entry<String, Located<Automation>> e : automation.entrySet()) {
            if (!firstLine.containsKey(e.getKey())) {
                problems.add(new Problem(profileFile, e.getValue().line(), 0,
                        Message.of("requirements.import.profileUnknownId", e.getKey(), label), false));
            }
        }
        return new RequirementsImport(requirements(read), label, rowsRead, problems);
    }

    private Requirement row(String label, PipeTable.Row row, Header h, List<Problem> problems) {
        List<String> cells = row.cells();
        String first = cells.isEmpty() ? "" : PipeTable.plain(cells.get(0));
        if (!row.utf8()) {
            problems.add(problem(label, row, Message.of("requirements.import.notUtf8")));
            return null;
        }
        if (cells.size() != h.width()) {
            problems.add(problem(label, row, Message.of("requirements.import.cellCount", first,
                    String.valueOf(cells.size()), String.valueOf(h.width()), String.join(", ", publishedColumns()))));
            return null;
        }
        String id = PipeTable.plain(cells.get(h.columns().get(0))).toUpperCase(Locale.ROOT);
        if (!RequirementsYamlReader.ID.matcher(id).matches()) {
            problems.add(problem(label, row, Message.of("requirements.import.badId", id)));
            return null;
        }
        String type = PipeTable.plain(cells.get(h.columns().get(1))).toUpperCase(Locale.ROOT);
        if (!types.containsKey(type)) {
            problems.add(problem(label, row, Message.of("requirements.import.unknownType", id,
                    RequirementsChecks.shown(type), RequirementsChecks.knownTypes(types.keySet()))));
            return null;
        }
        String text = PipeTable.plain(cells.get(h.columns().get(2)));
        if (text.isEmpty()) {
            problems.add(problem(label, row, Message.of("requirements.import.noText", id)));
            return null;
        }
        Located<Automation> auto = automation.get(id);
        return new Requirement(id, type, text, PipeTable.plain(cells.get(h.columns().get(3))),
                PipeTable.plain(cells.get(h.columns().get(4))), auto == null ? Automation.MANUAL : auto.value());
    }

    private Requirements requirements(List<Requirement> read) {
        return new Requirements(provenance, types, read);
    }

    private static RequirementsImport failed(String label, Message message) {
        return new RequirementsImport(new Requirements(new Provenance("", null, null, null, null, null, null),
                Map.of(), List.of()), label, 0, List.of(new Problem(label, 0, 0, message, true)));
    }

    /** The lines after the front matter (which may hold pipes), numbered as in the file. */
    private static List<TextLines.Line> withoutFrontMatter(List<TextLines.Line> lines) {
        return lines.subList(FrontMatter.lineCount(lines.stream().map(TextLines.Line::text).toList()), lines.size());
    }

    /**
     * Where the column names are.
     *
     * @param table   the table holding them
     * @param index   index of their row in the table's rows ({@code -1}: none, columns in the published order)
     * @param columns for each published column, the index of its cell
     * @param width   the number of cells of that row
     */
    private record Header(PipeTable table, int index, List<Integer> columns, int width) {
    }

    private static Optional<Header> header(PipeTable table) {
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> names = table.rows().get(i).cells().stream().map(RequirementsImporter::columnName).toList();
            List<Integer> columns = COLUMNS.stream().map(names::indexOf).toList();
            if (columns.stream().allMatch(c -> c >= 0)) {
                return Optional.of(new Header(table, i, columns, names.size()));
            }
        }
        return Optional.empty();
    }

    /** A column name compared without emphasis, case nor accents: {@code **Catégorisation**} is categorisation. */
    private static String columnName(String cell) {
        String plain = Normalizer.normalize(PipeTable.plain(cell), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT);
    }

    private static List<String> publishedColumns() {
        return List.of("ID", "Type", "Exigence", "Nature", "Catégorisation");
    }

    private static Problem problem(String label, PipeTable.Row row, Message message) {
        return new Problem(label, row.line(), 0, message, false);
    }

    private static Map<String, Located<Automation>> located(Map<String, Automation> automation) {
        Map<String, Located<Automation>> result = new LinkedHashMap<>();
        automation.forEach((id, a) -> result.put(id.toUpperCase(Locale.ROOT), new Located<>(a, 0)));
        return result;
    }
}
