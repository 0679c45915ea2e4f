package fr.cctlint.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionConstraintsTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            *        | 1.2.3          | true
            *        | NULL           | true
            *        | ''             | true
            *        | latest         | true
            2.4      | 2.4            | true
            2.4      | 2.4.0          | true
            2.4      | 2.4.57         | true
            2.4      | v2.4.1         | true
            2.4      | 2.40           | false
            2.4      | 2.5            | false
            2.4      | 2              | false
            2.4      | NULL           | false
            2.4      | '   '          | false
            2.4      | latest         | false
            10.0     | 10             | true
            10.0     | 10.1           | false
            9        | 9.0.85         | true
            9        | 90             | false
            >=2.8    | 2.8            | true
            >=2.8    | 2.8.1          | true
            >=2.8    | 3.0            | true
            >=2.8    | 2.7.9          | false
            >5.5     | 5.6            | true
            >5.5     | 8.0.36         | true
            >5.5     | 5.5.62         | false
            >5.5     | 5.4            | false
            <12      | 11.2.0.4       | true
            <12      | 12             | false
            <12      | 12.1           | false
            <12      | 19             | false
            <=3      | 3.9            | true
            <=3      | 2              | true
            <=3      | 4.0            | false
            =1.19.0  | 1.19.0         | true
            =1.19.0  | 1.19           | true
            =1.19.0  | 1.19.0-alpine  | true
            =1.19.0  | 1.19.1         | false
            5.3      | 5.3.39.RELEASE | true
            16       | 16-alpine      | true
            3.6      | 3.6.4-slim     | true
            10.1     | 9.12           | false
            >9.12    | 10.1           | true
            >=5.1    | V5.1.2         | true
            """)
    void matches(String expression, String version, boolean expected) {
        assertEquals(expected, VersionConstraints.parse(expression).matches(version));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            *         | *
            ' 2.4 '   | 2.4
            '>= 2.8'  | >=2.8
            '>5.5'    | >5.5
            '<12'     | <12
            '<=3'     | <=3
            '=1.19.0' | =1.19.0
            """)
    void expressionIsCanonical(String input, String expression) {
        assertEquals(expression, VersionConstraints.parse(input).expression());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "latest", "2.x", "=>2", ">", "1..2", "2.4-beta", "~1.2", "^3", "v2", "2.4 LTS"})
    void refusesWhatIsNotAnExpression(String input) {
        assertThrows(IllegalArgumentException.class, () -> VersionConstraints.parse(input));
        assertTrue(VersionConstraints.tryParse(input).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void onlyTheStarIsAny() {
        assertTrue(VersionConstraints.parse("*").isAny());
        assertFalse(VersionConstraints.parse("2.4").isAny());
        assertEquals(VersionConstraints.parse("2.4"), VersionConstraints.parse("2.4"));
    }
}
