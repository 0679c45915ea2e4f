package fr.cctlint.referential;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses constraint expressions as written in a referential file: {@code *} (any version), {@code 2.4} (the 2.4
 * line: 2.4, 2.4.0, 2.4.57 but not 2.40 nor 2.5), {@code >=2.8}, {@code >5.5}, {@code <12}, {@code <=3},
 * {@code =1.19.0}.
 *
 * <p>Comparisons with {@code <}, {@code <=}, {@code >}, {@code >=} are made at the precision of the bound:
 * {@code >5.5} means "after the 5.5 line" (5.6 matches, 5.5.62 does not), {@code <=3} means "up to the 3 line"
 * (3.9 matches), {@code <12} excludes every 12.x. {@code =} is exact equality, missing segments counting as 0
 * ({@code =1.19.0} matches 1.19 and 1.19.0-alpine, not 1.19.1).
 */
public final class VersionConstraints {

    /** The constraint that accepts every version, including unknown ones. */
    public static final VersionConstraint ANY = new Any();

    private static final Pattern EXPRESSION = Pattern.compile("^(>=|<=|>|<|=)?\\s*(\\d{1,18}(?:\\.\\d{1,18})*)$");

    private VersionConstraints() {
    }

    /**
     * Parses an expression.
     *
     * @throws IllegalArgumentException when the expression is not one of the forms above
     */
    public static VersionConstraint parse(String expression) {
        return tryParse(expression).orElseThrow(
                () -> new IllegalArgumentException("not a version constraint expression: '" + expression + "'"));
    }

    /** Parses an expression, or empty when it is not one of the accepted forms. */
    public static Optional<VersionConstraint> tryParse(String expression) {
        if (expression == null) {
            return Optional.empty();
        }
        String text = expression.strip();
        if (text.equals("*")) {
            return Optional.of(ANY);
        }
        Matcher m = EXPRESSION.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Operator op = Operator.of(m.group(1));
        VersionNumber bound = VersionNumber.read(m.group(2)).orElseThrow();
        return Optional.of(new Bounded(op, bound));
    }

    /** The line constraint for a published version number: {@code 2.4} covers 2.4.x. */
    static VersionConstraint line(VersionNumber number) {
        return new Bounded(Operator.LINE, number);
    }

    static VersionConstraint bounded(String operator, VersionNumber number) {
        return new Bounded(Operator.of(operator), number);
    }

    private enum Operator {
        LINE(""), EQ("="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        static Operator of(String symbol) {
            if (symbol == null || symbol.isEmpty()) {
                return LINE;
            }
            for (Operator op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            throw new IllegalArgumentException(symbol);
        }
    }

    private record Any() implements VersionConstraint {
        @Override
        public String expression() {
            return "*";
        }

        @Override
        public boolean isAny() {
            return true;
        }

        @Override
        public boolean matches(String version) {
            return true;
        }

        @Override
        public String toString() {
            return "*";
        }
    }

    private record Bounded(Operator op, VersionNumber bound) implements VersionConstraint {
        Bounded {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(bound, "bound");
        }

        @Override
        public String expression() {
            return op.symbol + bound;
        }

        @Override
        public boolean isAny() {
            return false;
        }

        @Override
        public boolean matches(String version) {
            Optional<VersionNumber> read = VersionNumber.read(version);
            if (read.isEmpty()) {
                return false;
            }
            VersionNumber v = read.get();
            if (op == Operator.EQ) {
                return v.compareTo(bound) == 0;
            }
            int c = v.truncate(bound.size()).compareTo(bound);
            return switch (op) {
                case LINE -> c == 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
                case EQ -> throw new IllegalStateException();
            };
        }

        @Override
        public String toString() {
            return expression();
        }
    }
}
