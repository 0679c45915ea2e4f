package fr.cctlint.referential;

import fr.cctlint.model.Problem;
import java.util.List;
import java.util.Map;

/**
 * What one referential file holds, as read, before it is checked against the statuses it may inherit.
 *
 * @param file       the file as shown in messages
 * @param provenance its provenance block, or null when it has none
 * @param statuses   the status definitions it declares (possibly none: a layer inherits them)
 * @param products   its rows, in file order
 * @param selectors  its {@code selectors:} entries
 * @param problems   what was wrong in it (syntax, keys, types, values); the rest was still read
 */
record ReferentialDocument(String file, Provenance provenance, Map<String, StatusDefinition> statuses,
        List<Product> products, List<SelectorEntry> selectors, List<Problem> problems) {

    ReferentialDocument {
        statuses = Map.copyOf(statuses);
        products = List.copyOf(products);
        selectors = List.copyOf(selectors);
        problems = List.copyOf(problems);
    }

    static ReferentialDocument failed(String file, List<Problem> problems) {
        return new ReferentialDocument(file, null, Map.of(), List.of(), List.of(), problems);
    }
}
