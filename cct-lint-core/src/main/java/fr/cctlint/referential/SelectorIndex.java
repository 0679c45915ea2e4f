package fr.cctlint.referential;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One kind of selector (purls, images, CPEs, OS packages or names) mapped to the things that declare it
 * (referential rows for the matcher, operated products for the knowledge base). Keys are {@code /}-separated paths, already folded by the caller; a {@code *} in a key is a glob that stays
 * within one segment. An exact key wins over any glob; among globs, the one with the most literal characters
 * wins ({@code tomcat-embed-*} over {@code *}), then the first declared. Globs are bucketed by their literal
 * leading segments, so a lookup only tries the few globs that share its prefix. Immutable once built.
 */
public final class SelectorIndex<T> {

    /** What a lookup found: the selector as written (quoted in reports) and everything declaring it. */
    public record Hit<T>(String selector, List<T> family) {
        public Hit {
            family = List.copyOf(family);
        }
    }

    private record Entry<T>(String selector, Pattern glob, int literalLength, List<T> family) {
    }

    private final Map<String, Entry<T>> exact;
    private final Map<String, List<Entry<T>>> globsByPrefix;

    private SelectorIndex(Map<String, Entry<T>> exact, Map<String, List<Entry<T>>> globsByPrefix) {
        this.exact = Map.copyOf(exact);
        this.globsByPrefix = Map.copyOf(globsByPrefix);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The best selector for a folded value, or empty. */
    public Optional<Hit<T>> find(String value) {
        Entry<T> hit = exact.get(value);
        if (hit == null) {
            hit = bestGlob(value);
        }
        return hit == null ? Optional.empty() : Optional.of(new Hit<>(hit.selector(), hit.family()));
    }

    private Entry<T> bestGlob(String value) {
        Entry<T> best = null;
        int slash = -1;
        do {
            String prefix = slash < 0 ? "" : value.substring(0, slash);
            for (Entry<T> entry : globsByPrefix.getOrDefault(prefix, List.of())) {
                if ((best == null || entry.literalLength() > best.literalLength())
                        && entry.glob().matcher(value).matches()) {
                    best = entry;
                }
            }
            slash = value.indexOf('/', slash + 1);
        } while (slash >= 0);
        return best;
    }

    /** Collects selectors in referential order; the same key declared by several rows makes one family. */
    public static final class Builder<T> {
        private final Map<String, String> selectorByKey = new LinkedHashMap<>();
        private final Map<String, List<T>> familyByKey = new LinkedHashMap<>();

        /**
         * @param key      folded key ({@code maven/org.apache.tomcat/tomcat}, {@code bitnami/postgresql})
         * @param selector the selector as written, for reports ({@code purl pkg:maven/org.apache.tomcat/tomcat})
         * @param product  what declares it
         */
        public Builder<T> add(String key, String selector, T product) {
            if (key == null || key.isEmpty()) {
                return this;
            }
            selectorByKey.putIfAbsent(key, selector);
            List<T> family = familyByKey.computeIfAbsent(key, k -> new ArrayList<>());
            if (!family.contains(product)) {
                family.add(product);
            }
            return this;
        }

        public SelectorIndex<T> build() {
            Map<String, Entry<T>> exact = new HashMap<>();
            Map<String, List<Entry<T>>> globs = new HashMap<>();
            for (Map.Entry<String, List<T>> e : familyByKey.entrySet()) {
                String key = e.getKey();
                String selector = selectorByKey.get(key);
                int star = key.indexOf('*');
                if (star < 0) {
                    exact.put(key, new Entry<>(selector, null, key.length(), List.copyOf(e.getValue())));
                } else {
                    int bucketEnd = key.lastIndexOf('/', star);
                    String bucket = bucketEnd < 0 ? "" : key.substring(0, bucketEnd);
                    Entry<T> entry = new Entry<>(selector, compile(key), key.length() - countStars(key),
                            List.copyOf(e.getValue()));
                    globs.computeIfAbsent(bucket, b -> new ArrayList<>()).add(entry);
                }
            }
            Map<String, List<Entry<T>>> frozen = new HashMap<>();
            globs.forEach((bucket, entries) -> frozen.put(bucket, List.copyOf(entries)));
            return new SelectorIndex<>(exact, frozen);
        }

        private static Pattern compile(String glob) {
            StringBuilder regex = new StringBuilder();
            String[] literals = glob.split("\\*", -1);
            for (int i = 0; i < literals.length; i++) {
                if (i > 0) {
                    regex.append("[^/]*");
                }
                if (!literals[i].isEmpty()) {
                    regex.append(Pattern.quote(literals[i]));
                }
            }
            return Pattern.compile(regex.toString());
        }

        private static int countStars(String key) {
            return (int) key.chars().filter(c -> c == '*').count();
        }
    }
}
