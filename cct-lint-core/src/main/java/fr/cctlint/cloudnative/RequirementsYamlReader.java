package fr.cctlint.cloudnative;

import fr.cctlint.cloudnative.RequirementsDocument.Located;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import fr.cctlint.referential.Provenance;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one requirements file or import profile (format: {@code rules/cloud-native/README.md}) from its bytes,
 * through {@link SafeYaml}'s node trees, so that every problem names its line. Collects all problems instead of
 * stopping at the first. One instance reads one file.
 */
final class RequirementsYamlReader {
    static final List<String> TOP_KEYS = List.of("provenance", "types", "requirements", "automation");
    static final List<String> PROVENANCE_KEYS =
            List.of("id", "title", "source", "revision", "date", "licence", "attribution");
    static final List<String> TYPE_KEYS = List.of("code", "meaning", "severity");
    static final List<String> REQUIREMENT_KEYS = List.of("id", "type", "text", "nature", "category", "automation");
    static final List<String> AUTOMATION_KEYS = List.of("coverage", "rules", "facts");
    static final Pattern ID = Pattern.compile("EX[1-9]\\d*");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    RequirementsYamlReader(String file) {
        this.file = file;
    }

    RequirementsDocument read(byte[] bytes) {
        SourceText.Result decoded = SourceText.decode(file, bytes);
        if (decoded.problem() != null) {
            fatal(decoded.problem().line(), Message.of("requirements.load.notUtf8"));
            return RequirementsDocument.failed(file, problems);
        }
        SafeYaml.Result yaml = SafeYaml.load(decoded.text());
        if (yaml.problem() != null) {
            problems.add(new Problem(file, yaml.problem().line(), yaml.problem().column(), yaml.problem().message(),
                    true));
            return RequirementsDocument.failed(file, problems);
        }
        if (yaml.documents().isEmpty()) {
            fatal(0, Message.of("requirements.load.empty"));
            return RequirementsDocument.failed(file, problems);
        }
        if (yaml.documents().size() > 1) {
            problem(SafeYaml.line(yaml.documents().get(1)), Message.of("requirements.load.severalDocuments"));
        }
        if (!(yaml.documents().get(0) instanceof MappingNode root)) {
            fatal(SafeYaml.line(yaml.documents().get(0)), Message.of("requirements.load.notMapping", "the file"));
            return RequirementsDocument.failed(file, problems);
        }
        Map<String, NodeTuple> keys = keys(root, TOP_KEYS, "the file");
        Provenance provenance = keys.containsKey("provenance") ? provenance(keys.get("provenance").getValueNode())
                : null;
        List<Located<RequirementType>> types = keys.containsKey("types") ? types(keys.get("types").getValueNode())
                : List.of();
        List<Located<Requirement>> requirements = keys.containsKey("requirements")
                ? requirements(keys.get("requirements").getValueNode()) : List.of();
        Map<String, Located<Automation>> automation = keys.containsKey("automation")
                ? automationMap(keys.get("automation").getValueNode()) : Map.of();
        return new RequirementsDocument(file, provenance, types, requirements, automation, problems);
    }

    private Provenance provenance(Node node) {
        MappingNode map = mapping(node, "provenance");
        if (map == null) {
            return null;
        }
        Map<String, NodeTuple> keys = keys(map, PROVENANCE_KEYS, "provenance");
        String id = string(keys, "id");
        if (id == null || id.isBlank()) {
            problem(SafeYaml.line(map), Message.of("requirements.load.missingKey", "provenance", "id"));
        }
        String date = string(keys, "date");
        if (date != null) {
            try {
                LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                problem(SafeYaml.line(keys.get("date").getValueNode()), Message.of("requirements.load.badDate", date));
            }
        }
        return new Provenance(id == null ? "" : id.strip(), string(keys, "title"), string(keys, "source"),
                string(keys, "revision"), date, string(keys, "licence"), string(keys, "attribution"));
    }

    private List<Located<RequirementType>> types(Node node) {
        List<Located<RequirementType>> result = new ArrayList<>();
        for (Node item : sequence(node, "types")) {
            MappingNode map = mapping(item, "types[]");
            if (map == null) {
                continue;
            }
            Map<String, NodeTuple> keys = keys(map, TYPE_KEYS, "types[]");
            String code = string(keys, "code");
            if (code == null) {
                problem(SafeYaml.line(map), Message.of("requirements.load.missingKey", "types[]", "code"));
                continue;
            }
            Map<String, String> meaning = new LinkedHashMap<>();
            if (keys.containsKey("meaning")) {
                MappingNode meanings = mapping(keys.get("meaning").getValueNode(), "meaning");
                if (meanings != null) {
                    for (Map.Entry<String, NodeTuple> e : keys(meanings, null, "meaning").entrySet()) {
                        String text = string(Map.of(e.getKey(), e.getValue()), e.getKey());
                        if (text != null && !text.isBlank()) {
                            meaning.put(e.getKey().strip().toLowerCase(Locale.ROOT), text.strip());
                        }
                    }
                }
            }
            if (meaning.isEmpty()) {
                problem(SafeYaml.line(map), Message.of("requirements.load.missingKey", "types[] " + code, "meaning"));
            }
            Severity severity = severity(keys, map, code);
            if (severity != null) {
                result.add(new Located<>(new RequirementType(code.strip(), meaning, severity), SafeYaml.line(map)));
            }
        }
        return result;
    }

    private Severity severity(Map<String, NodeTuple> keys, MappingNode map, String code) {
        String value = string(keys, "severity");
        if (value == null) {
            problem(SafeYaml.line(map), Message.of("requirements.load.missingKey", "types[] " + code, "severity"));
            return null;
        }
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            problem(SafeYaml.line(keys.get("severity").getValueNode()),
                    Message.of("requirements.load.badSeverity", value));
            return null;
        }
    }

    private List<Located<Requirement>> requirements(Node node) {
        List<Located<Requirement>> result = new ArrayList<>();
        for (Node item : sequence(node, "requirements")) {
            MappingNode map = mapping(item, "requirements[]");
            if (map == null) {
                continue;
            }
            int line = SafeYaml.line(map);
            Map<String, NodeTuple> keys = keys(map, REQUIREMENT_KEYS, "requirements[]");
            String id = id(keys, map);
            String type = string(keys, "type");
            String text = string(keys, "text");
            if (id == null) {
                continue;
            }
            if (type == null) {
                problem(line, Message.of("requirements.load.missingKey", id, "type"));
                continue;
            }
            if (text == null || text.isBlank()) {
                problem(line, Message.of("requirements.load.missingKey", id, "text"));
                continue;
            }
            Automation automation = keys.containsKey("automation")
                    ? automation(id, keys.get("automation").getValueNode()) : Automation.MANUAL;
            if (automation == null) {
                continue;
            }
            result.add(new Located<>(new Requirement(id, type.strip(), text.strip(), orEmpty(string(keys, "nature")),
                    orEmpty(string(keys, "category")), automation), line));
        }
        return result;
    }

    private String id(Map<String, NodeTuple> keys, MappingNode map) {
        String id = string(keys, "id");
        if (id == null || id.isBlank()) {
            problem(SafeYaml.line(map), Message.of("requirements.load.missingKey", "requirements[]", "id"));
            return null;
        }
        String normal = id.strip().toUpperCase(Locale.ROOT);
        if (!ID.matcher(normal).matches()) {
            problem(SafeYaml.line(keys.get("id").getValueNode()), Message.of("requirements.load.badId", id));
            return null;
        }
        return normal;
    }

    private Map<String, Located<Automation>> automationMap(Node node) {
        Map<String, Located<Automation>> result = new LinkedHashMap<>();
        MappingNode map = mapping(node, "automation");
        if (map == null) {
            return result;
        }
        for (Map.Entry<String, NodeTuple> e : keys(map, null, "automation").entrySet()) {
            String id = e.getKey().strip().toUpperCase(Locale.ROOT);
            int line = SafeYaml.line(e.getValue().getKeyNode());
            if (!ID.matcher(id).matches()) {
                problem(line, Message.of("requirements.load.badId", e.getKey()));
                continue;
            }
            Automation automation = automation(id, e.getValue().getValueNode());
            if (automation != null) {
                result.put(id, new Located<>(automation, line));
            }
        }
        return result;
    }

    /** An automation block, checked on its own: known cloud-native rules for this requirement, coverage. */
    private Automation automation(String id, Node node) {
        MappingNode map = mapping(node, id + " automation");
        if (map == null) {
            return null;
        }
        int line = SafeYaml.line(map);
        Map<String, NodeTuple> keys = keys(map, AUTOMATION_KEYS, id + " automation");
        String coverageText = string(keys, "coverage");
        if (coverageText == null) {
            problem(line, Message.of("requirements.load.missingKey", id + " automation", "coverage"));
            return null;
        }
        Coverage coverage;
        try {
            coverage = Coverage.valueOf(coverageText.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(SafeYaml.line(keys.get("coverage").getValueNode()), Message.of("requirements.load.badCoverage",
                    coverageText));
            return null;
        }
        List<Rule> rules = new ArrayList<>();
        boolean rulesOk = true;
        for (Located<String> name : strings(keys, "rules")) {
            Rule rule = Rule.byId(name.value()).orElse(null);
            if (rule == null || !rule.cloudNative()) {
                problem(name.line(), Message.of("requirements.load.unknownRule", name.value(), cloudNativeRules()));
                rulesOk = false;
            } else if (rule.requirements().stream().noneMatch(id::equalsIgnoreCase)) {
                problem(name.line(), Message.of("requirements.load.ruleNotForRequirement", rule.id(), id,
                        String.join(", ", rule.requirements())));
                rulesOk = false;
            } else if (!rules.contains(rule)) {
                rules.add(rule);
            }
        }
        List<String> facts = strings(keys, "facts").stream().map(Located::value).toList();
        if (!rulesOk) {
            return null;
        }
        if (coverage == Coverage.MANUAL && !rules.isEmpty()) {
            problem(line, Message.of("requirements.load.manualWithRules", id));
            return null;
        }
        if (coverage != Coverage.MANUAL && rules.isEmpty()) {
            problem(line, Message.of("requirements.load.automatedWithoutRules", id, coverage.name()));
            return null;
        }
        if (coverage == Coverage.MANUAL && !facts.isEmpty()) {
            problem(line, Message.of("requirements.load.factsWithoutRules", id));
            return null;
        }
        return new Automation(coverage, rules, facts);
    }

    static String cloudNativeRules() {
        return String.join(", ", Arrays.stream(Rule.values()).filter(Rule::cloudNative).map(Rule::id).toList());
    }

    // ---- typed access with positions

    /** The keys of a mapping; reports unknown keys (when {@code allowed} is not null) and non-scalar keys. */
    private Map<String, NodeTuple> keys(MappingNode map, List<String> allowed, String where) {
        Map<String, NodeTuple> result = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode scalar)) {
                problem(SafeYaml.line(tuple.getKeyNode()), Message.of("requirements.load.notScalar", where + " key"));
                continue;
            }
            if (allowed != null && !allowed.contains(scalar.getValue())) {
                problem(SafeYaml.line(scalar), Message.of("requirements.load.unknownKey", scalar.getValue(), where,
                        String.join(", ", allowed)));
                continue;
            }
            result.put(scalar.getValue(), tuple);
        }
        return result;
    }

    private MappingNode mapping(Node node, String where) {
        if (node instanceof MappingNode map) {
            return map;
        }
        problem(SafeYaml.line(node), Message.of("requirements.load.notMapping", where));
        return null;
    }

    private List<Node> sequence(Node node, String where) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        if (!isNull(node)) {
            problem(SafeYaml.line(node), Message.of("requirements.load.notList", where));
        }
        return List.of();
    }

    private String string(Map<String, NodeTuple> keys, String key) {
        NodeTuple tuple = keys.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return null;
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problem(SafeYaml.line(tuple.getValueNode()), Message.of("requirements.load.notScalar", key));
        return null;
    }

    private List<Located<String>> strings(Map<String, NodeTuple> keys, String key) {
        if (!keys.containsKey(key)) {
            return List.of();
        }
        List<Located<String>> result = new ArrayList<>();
        for (Node item : sequence(keys.get(key).getValueNode(), key)) {
            if (item instanceof ScalarNode scalar && !isNull(item) && !scalar.getValue().isBlank()) {
                result.add(new Located<>(scalar.getValue().strip(), SafeYaml.line(item)));
            } else {
                problem(SafeYaml.line(item), Message.of("requirements.load.notScalar", key + "[]"));
            }
        }
        return result;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private void problem(int line, Message message) {
        problems.add(new Problem(file, line, 0, message, false));
    }

    private void fatal(int line, Message message) {
        problems.add(new Problem(file, line, 0, message, true));
    }
}
