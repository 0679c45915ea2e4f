package fr.cctlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Telling URLs from paths, and removing credentials before anything is shown. */
class GitLocationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://user:secret@git.example.org/team/app.git      | https://git.example.org/team/app.git",
        "https://glpat-secret@gitlab.example.org/team/app.git  | https://gitlab.example.org/team/app.git",
        "https://oauth2:secret@gitlab.example.org:8443/a/b.git | https://gitlab.example.org:8443/a/b.git",
        "http://user:secret@10.0.0.5/a.git                     | http://10.0.0.5/a.git",
        "ssh://git:secret@git.example.org:2222/team/app.git    | ssh://git.example.org:2222/team/app.git",
        "git@github.com:team/app.git                           | github.com:team/app.git",
        "https://github.com/team/app.git                       | https://github.com/team/app.git",
        "file:///srv/git/app.git                               | file:///srv/git/app.git",
        "/srv/git/app                                          | /srv/git/app",
        "../app                                                | ../app",
        "C:\\repos\\app                                        | C:\\repos\\app",
        "https://user:secret@exa mple.org/%%%                  | https://exa mple.org/%%%",
    })
    void credentialsAreRemoved(String given, String shown) {
        assertEquals(shown, GitLocations.withoutCredentials(given));
        assertFalse(GitLocations.withoutCredentials(given).contains("secret"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://h/x.git | true", "ssh://h/x | true", "git@h:x.git | true", "file:///x | true", "ftp://h/x | true",
        "/srv/app | false", "app | false", "C:\\app | false", "C:/app | false", "./a@b:c | false",
    })
    void remoteUrlsAreToldFromPaths(String location, boolean remote) {
        assertEquals(remote, GitLocations.isRemote(location));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://user:secret@git.example.org/app.git: not authorized",
        "Authentication is required for https://user:secret@git.example.org/app.git",
        "https://user%3Aname:secret@git.example.org/app.git: secret rejected",
    })
    void exceptionMessagesAreScrubbed(String message) {
        String scrubbed = GitLocations.scrub(message, "https://user:secret@git.example.org/app.git");
        assertFalse(scrubbed.contains("secret"), scrubbed);
        assertFalse(scrubbed.contains("user:"), scrubbed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://TOKEN123@git.example.org/app.git: not found | TOKEN123",
        "cannot open git@host:app.git                        | git@",
    })
    void userNamesOfTheLocationAreScrubbedToo(String message, String hidden) {
        String location = message.contains("TOKEN123") ? "https://TOKEN123@git.example.org/app.git" : "git@host:app.git";
        assertFalse(GitLocations.scrub(message, location).contains(hidden));
    }
}
