package fr.cctlint.collect.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComposeVariablesTest {
    private final ComposeVariables variables = new ComposeVariables(
            Map.of("TAG", "16-alpine", "EMPTY", "", "REGISTRY", "registry.example.org"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "postgres:${TAG}                    | postgres:16-alpine             | true",
        "postgres:$TAG                      | postgres:16-alpine             | true",
        "${REGISTRY}/app:1.0                | registry.example.org/app:1.0   | true",
        "redis:${MISSING:-7.2}              | redis:7.2                      | true",
        "redis:${MISSING-7.2}               | redis:7.2                      | true",
        "redis:${EMPTY:-7.2}                | redis:7.2                      | true",
        "redis:${EMPTY-7.2}                 | redis:                         | true",
        "${MISSING:-${REGISTRY}}/app        | registry.example.org/app       | true",
        "x${TAG:+-set}                      | x-set                          | true",
        "x${MISSING:+-set}                  | x                              | true",
        "$$HOME and $${TAG}                 | $HOME and ${TAG}               | true",
        "${MIRROR}/${IMAGE}                 | ${MIRROR}/${IMAGE}             | false",
        "app:${TAG:?tag is required}        | app:16-alpine                  | true",
        "app:${MISSING:?tag is required}    | app:${MISSING:?tag is required} | false",
        "app:${UNCLOSED                     | app:${UNCLOSED                 | false",
        "price: 5$                          | price: 5$                      | true",
    })
    void interpolatesLikeCompose(String text, String expected, boolean resolved) {
        ComposeVariables.Result result = variables.interpolate(text);
        assertEquals(expected, result.text());
        assertEquals(resolved, result.resolved());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "KEY=value                 | value",
        "export KEY=value          | value",
        "KEY=\"quoted value\"      | quoted value",
        "KEY='single $literal'     | single $literal",
        "KEY=value # comment       | value",
        "KEY=                      | ''",
    })
    void readsDotEnvLines(String line, String expected) {
        assertEquals(expected.equals("''") ? "" : expected, DotEnv.parse("# header\n\n" + line + "\n").get("KEY"));
    }
}
