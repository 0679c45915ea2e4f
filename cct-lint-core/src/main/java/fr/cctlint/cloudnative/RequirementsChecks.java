package fr.cctlint.cloudnative;

import fr.cctlint.cloudnative.RequirementsDocument.Located;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import fr.cctlint.policy.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks that span a whole requirements file or profile, each problem at the line of the entry concerned:
 * type codes and requirement ids written once, every requirement's type defined, every cloud-native rule judging
 * at least one requirement. (Each automation block is checked on its own while it is read.)
 */
final class RequirementsChecks {
    private RequirementsChecks() {
    }

    /** The types by code; a code written twice is reported and its first definition kept. */
    static Map<String, RequirementType> types(String file, List<Located<RequirementType>> types,
            List<Problem> problems) {
        Map<String, RequirementType> byCode = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Located<RequirementType> t : types) {
            String code = t.value().code();
            if (byCode.containsKey(code)) {
                problems.add(new Problem(file, t.line(), 0, Message.of("requirements.load.duplicateType",
                        shown(code), String.valueOf(lines.get(code))), false));
                continue;
            }
            byCode.put(code, t.value());
            lines.put(code, t.line());
        }
        return byCode;
    }

    /** The requirements in file order; an id written twice or an undefined type is reported and left out. */
    static List<Requirement> requirements(String file, List<Located<Requirement>> requirements,
            Map<String, RequirementType> types, List<Problem> problems) {
        List<Requirement> result = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Located<Requirement> r : requirements) {
            String id = r.value().id();
            if (seen.containsKey(id)) {
                problems.add(new Problem(file, r.line(), 0, Message.of("requirements.load.duplicateId", id,
                        String.valueOf(seen.get(id))), false));
                continue;
            }
            seen.put(id, r.line());
            if (!types.containsKey(r.value().type())) {
                problems.add(new Problem(file, r.line(), 0, Message.of("requirements.load.unknownType",
                        shown(r.value().type()), id, knownTypes(types.keySet())), false));
                continue;
            }
            result.add(r.value());
        }
        return result;
    }

    /** Every cloud-native rule judges at least one of the automations. */
    static void everyRuleUsed(String file, Collection<Automation> automations, List<Problem> problems) {
        Set<Rule> used = new HashSet<>();
        automations.forEach(a -> used.addAll(a.rules()));
        Arrays.stream(Rule.values()).filter(Rule::cloudNative).filter(r -> !used.contains(r))
                .forEach(r -> problems.add(new Problem(file, 0, 0, Message.of("requirements.load.ruleJudgesNothing",
                        r.id(), String.join(", ", r.requirements())), false)));
    }

    /** A type code as shown in messages: the empty code as {@code ''}. */
    static String shown(String code) {
        return code.isEmpty() ? "''" : code;
    }

    static String knownTypes(Collection<String> codes) {
        return String.join(", ", codes.stream().map(RequirementsChecks::shown).toList());
    }
}
