package computequest.story;

import java.util.List;

/**
 * A test on the game or on the simulated cloud, written by authors as text such as
 * {@code instance state=running type=t3.micro} or {@code not flag hibernated}. Conditions joined by
 * {@code and} must all hold. Each record holds its file and packed line and column, not a {@link Position}.
 */
public sealed interface Condition extends Located {

    /** {@code flag NAME} or {@code flag NAME=VALUE}. */
    record Flag(String name, String value, boolean negated, String file, long lineColumn) implements Condition {
        public Flag(String name, String value, boolean negated, Position position) {
            this(name, value, negated, Position.fileOf(position), Position.pack(position));
        }
    }

    /** {@code score >= N}. */
    record Score(Compare compare, long value, boolean negated, String file, long lineColumn) implements Condition {
        public Score(Compare compare, long value, boolean negated, Position position) {
            this(compare, value, negated, Position.fileOf(position), Position.pack(position));
        }
    }

    /** {@code visited SCENE-ID}. */
    record Visited(String sceneId, boolean negated, String file, long lineColumn) implements Condition {
        public Visited(String sceneId, boolean negated, Position position) {
            this(sceneId, negated, Position.fileOf(position), Position.pack(position));
        }
    }

    /** {@code KIND attr=value attr!=value attr~part ... [count OP N]}: how many resources match. */
    record Resources(String kind, List<AttrTest> tests, Compare compare, long count, boolean negated, String file,
                     long lineColumn) implements Condition {
        public Resources(String kind, List<AttrTest> tests, Compare compare, long count, boolean negated,
                         Position position) {
            this(kind, tests, compare, count, negated, Position.fileOf(position), Position.pack(position));
        }

        public Resources {
            tests = List.copyOf(tests);
        }

        /**
         * Whether one resource of {@link #kind} passes every attribute test; the one matcher for conditions,
         * walkthrough placeholders and setup lookups.
         *
         * @param attribute the resource's value for an attribute name, empty when it has none
         */
        public boolean matches(java.util.function.UnaryOperator<String> attribute) {
            for (AttrTest t : tests) {
                if (!t.compare().test(attribute.apply(t.attribute()), t.value())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** All of them. */
    record All(List<Condition> parts, String file, long lineColumn) implements Condition {
        public All(List<Condition> parts, Position position) {
            this(parts, Position.fileOf(position), Position.pack(position));
        }

        public All {
            parts = List.copyOf(parts);
        }
    }

    /** One attribute test: {@code =} equals, {@code !=} differs, {@code ~} contains, and number comparisons. */
    record AttrTest(String attribute, Compare compare, String value, String file, long lineColumn) implements Located {
        public AttrTest(String attribute, Compare compare, String value, Position position) {
            this(attribute, compare, value, Position.fileOf(position), Position.pack(position));
        }
    }

    enum Compare {
        EQ("="), NE("!="), CONTAINS("~"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Compare(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean test(String actual, String expected) {
            return switch (this) {
                case EQ -> actual.equals(expected);
                case NE -> !actual.equals(expected);
                case CONTAINS -> actual.contains(expected);
                default -> {
                    try {
                        double a = Double.parseDouble(actual);
                        double e = Double.parseDouble(expected);
                        yield numbers(a, e);
                    } catch (NumberFormatException ex) {
                        yield false;
                    }
                }
            };
        }

        public boolean numbers(double a, double e) {
            return switch (this) {
                case EQ -> a == e;
                case NE -> a != e;
                case LT -> a < e;
                case LE -> a <= e;
                case GT -> a > e;
                case GE -> a >= e;
                case CONTAINS -> false;
            };
        }
    }
}
