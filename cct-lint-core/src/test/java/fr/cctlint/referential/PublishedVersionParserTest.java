package fr.cctlint.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.cctlint.referential.PublishedVersion.Reading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedVersionParserTest {

    private final PublishedVersionParser parser = new PublishedVersionParser();

    /** Every kind of text the four published tables hold, and what it is read as. */
    @ParameterizedTest(name = "''{0}'' -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                   | *       | EMPTY
            2.4                                  | 2.4     | LINE
            1.x                                  | 1       | LINE
            3.X                                  | 3       | LINE
            2.3.x                                | 2.3     | LINE
            I.x                                  | 1       | LINE
            4.5.8.0                              | 4.5.8.0 | LINE
            > = 2.8                              | >=2.8   | RANGE
            >5.5                                 | >5.5    | RANGE
            <12                                  | <12     | RANGE
            <5.5                                 | <5.5    | RANGE
            ≥ 5.1                                | >=5.1   | RANGE
            >2.5.20                              | >2.5.20 | RANGE
            3.5 et +                             | >=3.5   | RANGE
            6 et sup.                            | >=6     | RANGE
            9 – Version SILL                     | 9       | NUMBER_IN_TEXT
            RHEL 7                               | 7       | NUMBER_IN_TEXT
            Solaris 11                           | 11      | NUMBER_IN_TEXT
            4.4 LTS                              | 4.4     | NUMBER_IN_TEXT
            12 SP1                               | 12      | NUMBER_IN_TEXT
            12c                                  | 12      | NUMBER_IN_TEXT
            XI-R3.1                              | 3.1     | NUMBER_IN_TEXT
            XI R4.1                              | 4.1     | NUMBER_IN_TEXT
            V3                                   | 3       | NUMBER_IN_TEXT
            6.3.3m                               | 6.3.3   | NUMBER_IN_TEXT
            10 Enterprise                        | 10      | NUMBER_IN_TEXT
            Version distrib                      | *       | ANY_VERSION_PHRASE
            Version SILL                         | *       | ANY_VERSION_PHRASE
            'Version SILL '                      | *       | ANY_VERSION_PHRASE
            LTS                                  | *       | ANY_VERSION_PHRASE
            'Version LTS '                       | *       | ANY_VERSION_PHRASE
            Version « stable » de l’éditeur      | *       | ANY_VERSION_PHRASE
            Dernière version stable              | *       | ANY_VERSION_PHRASE
            Derniere version supportée           | *       | ANY_VERSION_PHRASE
            Version LTS ou ESR disponible        | *       | ANY_VERSION_PHRASE
            Version ANSSI                        | *       | ANY_VERSION_PHRASE
            """)
    void readsEveryPublishedForm(String text, String expression, Reading reading) {
        PublishedVersion v = parser.parse(text);
        assertEquals(expression, v.constraint().expression());
        assertEquals(reading, v.reading());
        assertEquals(text, v.text(), "the published text is kept verbatim");
    }

    @org.junit.jupiter.api.Test
    void nonBreakingSpacesAreSpaces() {
        assertEquals(Reading.ANY_VERSION_PHRASE, parser.parse("Version\u00a0«\u00a0stable\u00a0» de l’éditeur").reading());
        assertEquals(">=5.1", parser.parse("≥\u00a05.1").constraint().expression());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Version 2 ou 3", "2.4 / 3.0", "Prochaine version", "~> 2", "voir commentaire",
            "2.4 - 2.6", ">= 2.8 <3"})
    void reportsWhatItCannotRead(String text) {
        PublishedVersion v = parser.parse(text);
        assertFalse(v.readable());
        assertEquals(Reading.UNREADABLE, v.reading());
        assertEquals("*", v.constraint().expression());
        assertEquals(text, v.text());
    }
}
