package fr.cctlint.referential;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numeric part of a version, read leniently: a leading {@code v} is ignored, and so is anything after the
 * numbers ({@code 5.3.39.RELEASE} is 5.3.39, {@code 16-alpine} is 16, {@code 3.6.4-slim} is 3.6.4).
 *
 * @param segments the numeric segments, never empty
 */
record VersionNumber(List<Long> segments) implements Comparable<VersionNumber> {

    private static final Pattern LEADING_NUMBERS = Pattern.compile("^[vV]?(\\d{1,18}(?:\\.\\d{1,18})*)(?![\\d])");

    VersionNumber {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a version has at least one segment");
        }
    }

    /** The numbers at the start of a version, or empty when it does not start with a number. */
    static Optional<VersionNumber> read(String version) {
        if (version == null) {
            return Optional.empty();
        }
        Matcher m = LEADING_NUMBERS.matcher(version.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        List<Long> parts = new ArrayList<>();
        for (String s : m.group(1).split("\\.")) {
            parts.add(Long.parseLong(s));
        }
        return Optional.of(new VersionNumber(parts));
    }

    /** Segment {@code i}, 0 past the end: {@code 10} compares as {@code 10.0}. */
    long at(int i) {
        return i < segments.size() ? segments.get(i) : 0L;
    }

    int size() {
        return segments.size();
    }

    /** This version cut (or padded with zeros) to {@code n} segments. */
    VersionNumber truncate(int n) {
        List<Long> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(at(i));
        }
        return new VersionNumber(parts);
    }

    @Override
    public int compareTo(VersionNumber other) {
        int n = Math.max(size(), other.size());
        for (int i = 0; i < n; i++) {
            int c = Long.compare(at(i), other.at(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return String.join(".", segments.stream().map(String::valueOf).toList());
    }
}
