package fr.cctlint.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A baseline made from {@code ./app/} still matches a scan of {@code app}: the input is named the same way. */
class FingerprintsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "app, app",
        "./app, app",
        "./app/, app",
        "app//sub/, app/sub",
        "app/./sub, app/sub",
        "'app\\sub', app/sub",
        "., .",
        "./, .",
        "/srv/app/, /srv/app",
        "https://git.example.org/app.git, https://git.example.org/app.git"})
    void inputsAreNamedWithoutWhatDoesNotChangeThePlace(String typed, String named) {
        assertEquals(named, Fingerprints.input(typed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"./app/", "app", "app/"})
    void theSameFindingOnTheSameInputHasTheSameFingerprintHoweverTheInputWasTyped(String typed) {
        assertEquals(Fingerprints.of("CCT001", "app", "pkg:docker/rabbitmq"),
                Fingerprints.of("CCT001", Fingerprints.input(typed), "pkg:docker/rabbitmq"));
        assertNotEquals(Fingerprints.of("CCT001", "app", "pkg:docker/rabbitmq"),
                Fingerprints.of("CCT001", Fingerprints.input("other"), "pkg:docker/rabbitmq"));
    }
}
