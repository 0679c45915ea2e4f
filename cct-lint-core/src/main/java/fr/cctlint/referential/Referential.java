package fr.cctlint.referential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A product referential: the editions it was built from (one, or several layered), the meaning of its status
 * letters, and its rows in published order. Immutable; {@link #layer(Referential)} builds a new one.
 */
public record Referential(List<Provenance> editions, Map<String, StatusDefinition> statuses, List<Product> products) {

    public Referential {
        editions = List.copyOf(editions);
        statuses = Map.copyOf(statuses);
        products = List.copyOf(products);
    }

    /** The base edition (the first one). */
    public Provenance provenance() {
        return editions.isEmpty() ? null : editions.get(0);
    }

    public Optional<Product> find(String ref) {
        return products.stream().filter(p -> p.ref().equalsIgnoreCase(ref)).findFirst();
    }

    public Optional<StatusDefinition> status(String letter) {
        return Optional.ofNullable(statuses.get(letter));
    }

    /**
     * This referential with another laid on top: the other's rows replace ours with the same reference id
     * (in place) or are appended; its status definitions replace ours letter by letter; its editions follow ours.
     */
    public Referential layer(Referential top) {
        Map<String, Product> byRef = new LinkedHashMap<>();
        for (Product p : products) {
            byRef.put(p.ref(), p);
        }
        for (Product p : top.products()) {
            byRef.put(p.ref(), p);
        }
        Map<String, StatusDefinition> mergedStatuses = new LinkedHashMap<>(statuses);
        mergedStatuses.putAll(top.statuses());
        List<Provenance> mergedEditions = new ArrayList<>(editions);
        mergedEditions.addAll(top.editions());
        return new Referential(mergedEditions, mergedStatuses, new ArrayList<>(byRef.values()));
    }
}
