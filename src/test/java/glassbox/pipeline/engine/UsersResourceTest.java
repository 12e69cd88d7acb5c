package glassbox.pipeline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST resource on a temporary H2 file: verbs, statuses, the envelope, prepared statements. */
class UsersResourceTest {
    @TempDir
    Path dir;
    UsersResource users;

    @BeforeEach
    void open() {
        users = UsersResource.file(dir.resolve("users"));
    }

    @AfterEach
    void close() {
        users.close();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void getListReturnsTheSeedRowsInTheSuccessEnvelope() {
        RestResult r = users.handle("GET", "/api/users", "");
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.envelope()).containsOnlyKeys("code", "status", "data");
        assertThat(r.envelope().keySet()).containsExactly("code", "status", "data");
        assertThat(r.envelope().get("status")).isEqualTo("success");
        assertThat((List<?>) r.envelope().get("data")).hasSize(6);
        assertThat(r.sql()).extracting(SqlCall::sql).containsExactly(UsersResource.SELECT_ALL);
    }

    @Test
    void getOneAndMissingOne() {
        RestResult one = users.handle("GET", "/api/users/1", null);
        assertThat(one.envelope().get("data")).isEqualTo(Map.of("id", 1L, "name", "Ada", "age", 36));
        RestResult missing = users.handle("GET", "/api/users/999", null);
        assertThat(missing.code()).isEqualTo(404);
        assertThat(missing.envelope().keySet()).containsExactly("code", "status", "data", "message");
        assertThat(missing.envelope().get("status")).isEqualTo("fail");
        assertThat(missing.envelope().get("data")).isNull();
        assertThat((String) missing.envelope().get("message")).contains("999");
    }

    @Test
    void postCreatesWith201AndLocation() {
        RestResult r = users.handle("POST", "/api/users", "{\"name\": \"Hedy\", \"age\": 42}");
        assertThat(r.code()).isEqualTo(201);
        assertThat(r.headers()).containsEntry("Location", "/api/users/7");
        assertThat(r.envelope().get("data")).isEqualTo(Map.of("id", 7L, "name", "Hedy", "age", 42));
        assertThat(r.rows()).hasSize(7);
    }

    @Test
    void nameWithQuotesAndSqlIsStoredLiterallyAndTheTableSurvives() {
        String evil = "Robert'); DROP TABLE users;-- \"quoted\" O'Brien";
        RestResult created = users.handle("POST", "/api/users",
                "{\"name\": \"Robert'); DROP TABLE users;-- \\\"quoted\\\" O'Brien\", \"age\": 12}");
        assertThat(created.code()).isEqualTo(201);
        assertThat(created.sql().get(0).sql()).isEqualTo(UsersResource.INSERT).doesNotContain("Robert");
        assertThat(created.sql().get(0).params()).containsExactly(evil, 12);
        long id = ((Number) ((Map<?, ?>) created.envelope().get("data")).get("id")).longValue();
        users.close();
        users = UsersResource.file(dir.resolve("users")); // reopen the file: the row persisted, the table exists
        RestResult back = users.handle("GET", "/api/users/" + id, null);
        assertThat(((Map<?, ?>) back.envelope().get("data")).get("name")).isEqualTo(evil);
        assertThat(users.handle("GET", "/api/users", null).rows()).hasSize(7);
    }

    @Test
    void putReplacesAndPatchChangesPart() {
        RestResult put = users.handle("PUT", "/api/users/2", "{\"name\": \"Alan T\"}");
        assertThat(put.code()).isEqualTo(200);
        assertThat(asMap(put.envelope().get("data"))).containsEntry("id", 2L).containsEntry("name", "Alan T");
        assertThat(((Map<?, ?>) put.envelope().get("data")).get("age")).isNull(); // PUT replaces: no age given, none kept
        RestResult patch = users.handle("PATCH", "/api/users/3", "{\"age\": 86}");
        assertThat(asMap(patch.envelope().get("data"))).containsEntry("name", "Grace").containsEntry("age", 86);
        assertThat(users.handle("PATCH", "/api/users/3", "{}").code()).isEqualTo(400);
        assertThat(users.handle("PUT", "/api/users/404", "{\"name\": \"x\"}").code()).isEqualTo(404);
        assertThat(users.handle("PATCH", "/api/users/404", "{\"age\": 1}").code()).isEqualTo(404);
    }

    @Test
    void deleteIs204WithNullDataThen404() {
        RestResult r = users.handle("DELETE", "/api/users/4", null);
        assertThat(r.code()).isEqualTo(204);
        assertThat(r.envelope()).containsEntry("status", "success").containsEntry("data", null);
        assertThat(r.envelope()).doesNotContainKey("message");
        assertThat(users.handle("DELETE", "/api/users/4", null).code()).isEqualTo(404);
    }

    @Test
    void invalidJsonAndFieldsAre400() {
        assertThat(users.handle("POST", "/api/users", "{name: Ada").code()).isEqualTo(400);
        assertThat(users.handle("POST", "/api/users", "[1, 2]").code()).isEqualTo(400);
        assertThat(users.handle("POST", "/api/users", "").code()).isEqualTo(400);
        RestResult noName = users.handle("POST", "/api/users", "{\"age\": 3}");
        assertThat(noName.code()).isEqualTo(400);
        assertThat(noName.envelope().get("data")).isEqualTo(Map.of("name", "required"));
        assertThat(users.handle("POST", "/api/users", "{\"name\": \"\", \"age\": 3}").code()).isEqualTo(400);
        assertThat(users.handle("POST", "/api/users", "{\"name\": \"A\", \"age\": -1}").code()).isEqualTo(400);
        assertThat(users.handle("POST", "/api/users", "{\"name\": \"A\", \"age\": 2.5}").code()).isEqualTo(400);
        assertThat(users.handle("POST", "/api/users", "{\"name\": \"A\", \"age\": \"3\"}").code()).isEqualTo(400);
        assertThat(users.handle("POST", "/api/users", "{\"name\": \"A\", \"id\": 9}").code()).isEqualTo(400);
        assertThat(users.handle("GET", "/api/users", null).rows()).hasSize(6); // nothing was written
    }

    @Test
    void wrongMethodIs405WithAllow() {
        RestResult r = users.handle("DELETE", "/api/users", null);
        assertThat(r.code()).isEqualTo(405);
        assertThat(r.headers()).containsEntry("Allow", "GET, POST");
        assertThat(users.handle("POST", "/api/users/1", "{}").headers()).containsEntry("Allow", "GET, PUT, PATCH, DELETE");
    }

    @Test
    void unknownPathIs404() {
        assertThat(users.handle("GET", "/api/people", null).code()).isEqualTo(404);
        assertThat(users.handle("GET", "/api/users/abc", null).code()).isEqualTo(404);
    }

    @Test
    void inMemoryDatabasesAreSeparate() {
        try (UsersResource a = UsersResource.inMemory(); UsersResource b = UsersResource.inMemory()) {
            a.handle("DELETE", "/api/users/1", null);
            assertThat(a.handle("GET", "/api/users/1", null).code()).isEqualTo(404);
            assertThat(b.handle("GET", "/api/users/1", null).code()).isEqualTo(200);
        }
    }
}
