package fr.cctlint.collect.python;

import static fr.cctlint.collect.python.PythonFixtures.byId;
import static fr.cctlint.collect.python.PythonFixtures.collectResource;
import static fr.cctlint.collect.python.PythonFixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import fr.cctlint.referential.IndexedProductMatcher;
import fr.cctlint.referential.ReferentialLoader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Python collector on realistic projects: a Django app (pip), a Flask app (Poetry), a uv project, a Pipenv lock. */
class PythonCollectorTest {
    private final PythonCollector collector = new PythonCollector();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # fixture     | component id                                  | version  | scope   | file:line                     | declared text
        django-app    | pkg:pypi/gunicorn@21.2.0                      | 21.2.0   | RUNTIME | requirements.txt:6            | gunicorn==21.2.0
        django-app    | pkg:pypi/psycopg                             | -        | RUNTIME | requirements.txt:9            | psycopg[binary,pool]>=3.1,<3.3  # PostgreSQL driver
        django-app    | pkg:pypi/redis@5.0.3                          | 5.0.3    | RUNTIME | requirements.txt:10           | redis~=5.0.1
        django-app    | pkg:pypi/celery@5.3.6                         | 5.3.6    | RUNTIME | requirements.txt:11           | celery[redis]==5.3.6 ; python_version < "3.13"
        django-app    | pkg:pypi/django-environ@0.11.2                | 0.11.2   | RUNTIME | requirements.txt:12           | django-environ
        django-app    | pkg:pypi/pillow@10.3.0                        | 10.3.0   | RUNTIME | requirements.txt:13           | Pillow==10.3.0; sys_platform != "win32"
        django-app    | pkg:pypi/pki-client                          | -        | RUNTIME | requirements.txt:14           | git+https://deploy:s3cret@gitlab.example.org/mi/pki-client.git@v2.4.1#egg=pki-client
        django-app    | pkg:pypi/zope-interface@6.2                   | 6.2      | RUNTIME | requirements.txt:15           | https://files.example.org/wheels/zope.interface-6.2-cp311-cp311-manylinux_2_17_x86_64.whl
        django-app    | pkg:pypi/django@4.2.11                        | 4.2.11   | RUNTIME | requirements/base.txt:1       | Django==4.2.11
        django-app    | pkg:pypi/django-cors-headers@4.3.1            | 4.3.1    | RUNTIME | requirements/base.txt:3       | django_cors_headers==4.3.1
        django-app    | pkg:pypi/pytest-django@4.8.0                  | 4.8.0    | TEST    | requirements-dev.txt:2        | pytest-django==4.8.0
        django-app    | pkg:pypi/black                               | -        | TEST    | requirements-dev.txt:3        | black>=24.1
        django-app    | pkg:pypi/sphinx@7.2.6                         | 7.2.6    | BUILD   | docs/requirements.txt:1       | sphinx==7.2.6
        flask-poetry  | pkg:generic/python                           | -        | RUNTIME | pyproject.toml:8              | python = "^3.11"
        flask-poetry  | pkg:pypi/flask@3.0.3                          | 3.0.3    | RUNTIME | pyproject.toml:9              | Flask = "^3.0.2"
        flask-poetry  | pkg:pypi/sqlalchemy@2.0.29                    | 2.0.29   | RUNTIME | pyproject.toml:10             | SQLAlchemy = {version = "2.0.29", extras = ["asyncio"]}
        flask-poetry  | pkg:pypi/flask-login@0.6.3                    | 0.6.3    | RUNTIME | pyproject.toml:11             | flask-login = "0.6.3"
        flask-poetry  | pkg:pypi/requests@2.31.0                      | 2.31.0   | OPTIONAL| pyproject.toml:12             | requests = { version = ">=2.31,<3", optional = true }
        flask-poetry  | pkg:pypi/internal-auth@1.2.0                  | 1.2.0    | RUNTIME | pyproject.toml:13             | internal-auth = { git = "https://gitlab.example.org/mi/internal-auth.git", tag = "v1.2.0" }
        flask-poetry  | pkg:pypi/pytest@8.1.1                         | 8.1.1    | TEST    | pyproject.toml:20             | pytest = "^8.1"
        flask-poetry  | pkg:pypi/mkdocs@1.5.3                         | 1.5.3    | BUILD   | pyproject.toml:23             | mkdocs = "1.5.3"
        flask-poetry  | pkg:pypi/poetry-core                         | -        | BUILD   | pyproject.toml:26             | requires = ["poetry-core>=1.0.0"]
        flask-poetry  | pkg:pypi/werkzeug@3.0.2                       | 3.0.2    | RUNTIME | poetry.lock:70                | name = "werkzeug"
        geo-api-uv    | pkg:generic/python                           | -        | RUNTIME | pyproject.toml:5              | requires-python = ">=3.12"
        geo-api-uv    | pkg:pypi/fastapi@0.110.2                      | 0.110.2  | RUNTIME | pyproject.toml:7              | "fastapi>=0.110",
        geo-api-uv    | pkg:pypi/uvicorn@0.29.0                       | 0.29.0   | RUNTIME | pyproject.toml:8              | "uvicorn[standard]>=0.29 ; sys_platform != 'win32'",
        geo-api-uv    | pkg:pypi/shapely@2.0.4                        | 2.0.4    | RUNTIME | pyproject.toml:9              | "Shapely==2.0.4",
        geo-api-uv    | pkg:pypi/psycopg2-binary@2.9.9                | 2.9.9    | OPTIONAL| pyproject.toml:13             | postgres = ["psycopg2-binary>=2.9"]
        geo-api-uv    | pkg:pypi/pytest@8.1.1                         | 8.1.1    | TEST    | pyproject.toml:16             | dev = ["pytest>=8", "ruff==0.4.1"]
        geo-api-uv    | pkg:pypi/ruff@0.4.1                           | 0.4.1    | TEST    | pyproject.toml:16             | dev = ["pytest>=8", "ruff==0.4.1"]
        geo-api-uv    | pkg:pypi/hatchling                           | -        | BUILD   | pyproject.toml:19             | requires = ["hatchling"]
        geo-api-uv    | pkg:pypi/starlette@0.37.2                     | 0.37.2   | RUNTIME | uv.lock:73                    | name = "starlette"
        geo-api-uv    | pkg:pypi/httptools@0.6.1                      | 0.6.1    | RUNTIME | uv.lock:35                    | name = "httptools"
        geo-api-uv    | pkg:pypi/pluggy@1.5.0                         | 1.5.0    | TEST    | uv.lock:40                    | name = "pluggy"
        pipenv-app    | pkg:generic/python@3.11                       | 3.11     | RUNTIME | Pipfile.lock:8                | "python_version": "3.11"
        pipenv-app    | pkg:pypi/requests@2.31.0                      | 2.31.0   | RUNTIME | Pipfile.lock:26               | "requests": {
        pipenv-app    | pkg:pypi/certifi@2024.2.2                     | 2024.2.2 | RUNTIME | Pipfile.lock:19               | "certifi": {
        pipenv-app    | pkg:pypi/ldap-helper                         | -        | RUNTIME | Pipfile.lock:33               | "ldap-helper": {
        pipenv-app    | pkg:pypi/pytest@8.1.1                         | 8.1.1    | TEST    | Pipfile.lock:39               | "pytest": {
        """)
    void componentsWithVersionScopeAndEvidence(String fixture, String id, String version, Scope scope, String location,
            String text) {
        Collection c = collectResource(collector, "python/" + fixture);
        Component component = byId(c, id);
        assertEquals(version, component.version(), id);
        assertEquals(scope, component.scope(), id);
        Evidence evidence = component.primaryEvidence();
        assertEquals(location, evidence.location(), id);
        assertEquals(text, evidence.text(), id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"django-app", "flask-poetry", "geo-api-uv", "pipenv-app"})
    void realisticProjectsHaveNoProblem(String fixture) {
        Collection c = collectResource(collector, "python/" + fixture);
        assertEquals("", problems(c));
        assertFalse(c.components().isEmpty());
    }

    @Test
    void pipRequirementsKeepRangesMarkersExtrasAndSources() {
        Collection c = collectResource(collector, "python/django-app");
        Component psycopg = byId(c, "pkg:pypi/psycopg");
        assertEquals(">=3.1,<3.3", psycopg.property("cct:versionExpression"));
        assertEquals("binary,pool", psycopg.property("cct:extras"));
        assertEquals(Roles.PACKED_LIBRARY, psycopg.property(Roles.KEY));
        assertEquals("python_version < \"3.13\"", byId(c, "pkg:pypi/celery@5.3.6").property("cct:marker"));
        // a constraints file pins the range, the range stays visible
        Component redis = byId(c, "pkg:pypi/redis@5.0.3");
        assertEquals("~=5.0.1", redis.property("cct:declaredVersion"));
        assertEquals("constraints.txt", redis.property("cct:lockfile"));
        assertNull(redis.property("cct:versionExpression"));
        // a VCS requirement: kept, named by its egg, its tag as the expression, never the credentials
        Component vcs = byId(c, "pkg:pypi/pki-client");
        assertEquals("vcs", vcs.property("cct:source"));
        assertEquals("v2.4.1", vcs.property("cct:versionExpression"));
        assertEquals("git+https://gitlab.example.org/mi/pki-client.git@v2.4.1#egg=pki-client", vcs.property("cct:sourceUrl"));
        assertFalse(vcs.properties().values().stream().anyMatch(v -> v.contains("s3cret")));
        // constraints only pin: urllib3 is not a requirement; -e . is the project itself
        assertTrue(c.components().stream().noneMatch(x -> x.name().equals("urllib3") || x.name().equals(".")));
        // pip names are normalised in purls, declared names kept for display
        assertEquals("Pillow", byId(c, "pkg:pypi/pillow@10.3.0").name());
        // requirements.txt is included by requirements-dev.txt but stays RUNTIME; each line is reported once
        assertEquals(1, c.components().stream().filter(x -> x.name().equals("gunicorn")).count());
    }

    @Test
    void lockfileVersionWinsAndBothPlacesAreEvidence() {
        Collection c = collectResource(collector, "python/flask-poetry");
        Component flask = byId(c, "pkg:pypi/flask@3.0.3");
        assertEquals("^3.0.2", flask.property("cct:declaredVersion"));
        assertEquals("poetry.lock", flask.property("cct:lockfile"));
        assertEquals(List.of("pyproject.toml:9", "poetry.lock:4"), flask.evidence().stream().map(Evidence::location).toList());
        assertEquals("asyncio", byId(c, "pkg:pypi/sqlalchemy@2.0.29").property("cct:extras"));
        // the local path dependency is the project's own code
        assertTrue(c.components().stream().noneMatch(x -> x.name().equals("shared")));
        assertEquals(1, c.components().stream().filter(x -> "flask".equalsIgnoreCase(x.name())).count());
    }

    @Test
    void pythonEntryIsTheInterpreterNotAPackage() {
        Collection c = collectResource(collector, "python/flask-poetry");
        Component python = byId(c, "pkg:generic/python");
        assertEquals("pkg:generic/python", python.purl());
        assertEquals(ComponentType.PLATFORM, python.type());
        assertEquals("^3.11", python.property("cct:versionExpression"));
        assertTrue(c.components().stream().noneMatch(x -> x.purl() != null && x.purl().startsWith("pkg:pypi/python")));
        // the referential knows Python: the matcher recognises the interpreter
        Component pinned = byId(collectResource(collector, "python/pipenv-app"), "pkg:generic/python@3.11");
        assertTrue(new IndexedProductMatcher(ReferentialLoader.bundled()).match(pinned).isPresent());
    }

    @Test
    void uvScopesComeFromTheDependencyGraph() {
        Collection c = collectResource(collector, "python/geo-api-uv");
        assertTrue(c.components().stream().noneMatch(x -> x.name().equals("geo-api")), "the project itself");
        assertEquals(">=0.110", byId(c, "pkg:pypi/fastapi@0.110.2").property("cct:declaredVersion"));
        assertEquals("standard", byId(c, "pkg:pypi/uvicorn@0.29.0").property("cct:extras"));
        assertEquals("sys_platform != 'win32'", byId(c, "pkg:pypi/uvicorn@0.29.0").property("cct:marker"));
        assertEquals("postgres", byId(c, "pkg:pypi/psycopg2-binary@2.9.9").property("cct:group"));
        assertEquals(Scope.RUNTIME, byId(c, "pkg:pypi/pydantic@2.7.0").scope());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        requirements.txt, true
        requirements-dev.txt, true
        backend/dev-requirements.txt, true
        requirements/prod.txt, true
        app/pyproject.toml, true
        poetry.lock, true
        Pipfile.lock, true
        uv.lock, true
        Pipfile, false
        constraints.txt, false
        notes.txt, false
        requirements.in, false
        """)
    void claimsPythonManifestsByName(String path, boolean claimed) {
        assertEquals(claimed, collector.claims(path));
    }
}
