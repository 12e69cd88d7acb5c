package glassbox.database.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import glassbox.app.GlassboxCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import picocli.CommandLine;

/**
 * The experiments on a real MariaDB (InnoDB). Reads the server from GLASSBOX_MARIADB_URL,
 * GLASSBOX_MARIADB_USER and GLASSBOX_MARIADB_PASSWORD (.ci/mariadb-start prints them); skipped,
 * saying so, when they are not set.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MariaDbLabTest {
    static ServerTarget target;
    static Db db;
    static List<String> outsideBefore;

    @BeforeAll
    static void connect() throws SQLException {
        String url = System.getenv("GLASSBOX_MARIADB_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "no MariaDB configured: set GLASSBOX_MARIADB_URL, GLASSBOX_MARIADB_USER, GLASSBOX_MARIADB_PASSWORD "
                        + "(eval \"$(bash .ci/mariadb-start)\")");
        target = ServerTarget.parse(url, System.getenv("GLASSBOX_MARIADB_USER"), System.getenv("GLASSBOX_MARIADB_PASSWORD"));
        Db.dropSchema(target);
        outsideBefore = outside();
        assertThatThrownBy(() -> Db.server(target, false)).isInstanceOf(DbProblem.class)
                .hasMessageContaining("glassbox_lab does not exist");
        assertThat(Db.probe(target).schemaExists()).isFalse();
        db = Db.server(target, true);
        assertThat(Db.probe(target).schemaExists()).isTrue();
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    /** Everything this user can see outside glassbox_lab: tables, their row counts, other schemas' index statistics. */
    static List<String> outside() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", target.user());
        p.setProperty("password", target.password());
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(target.address(), p); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA "
                    + "WHERE SCHEMA_NAME <> 'glassbox_lab' ORDER BY 1")) {
                while (rs.next()) {
                    out.add("schema " + rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES "
                    + "WHERE TABLE_SCHEMA NOT IN ('glassbox_lab', 'information_schema', 'performance_schema') ORDER BY 1, 2")) {
                while (rs.next()) {
                    out.add("table " + rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT database_name, table_name, index_name, stat_name, stat_value "
                    + "FROM mysql.innodb_index_stats WHERE database_name <> 'glassbox_lab' ORDER BY 1, 2, 3, 4")) {
                while (rs.next()) {
                    out.add("stat " + rs.getString(1) + "." + rs.getString(2) + "." + rs.getString(3) + " "
                            + rs.getString(4) + "=" + rs.getString(5));
                }
            }
        }
        return out;
    }

    @Test
    @Order(1)
    void safeStrategiesNeverOversellOnInnoDb() {
        for (LockStrategy s : List.of(LockStrategy.PESSIMISTIC, LockStrategy.OPTIMISTIC, LockStrategy.ATOMIC)) {
            for (int round = 0; round < 3; round++) {
                LockResult r = new LockExperiment(db).run(new LockParams(s, 8, 20, 6, 1), RunControl.NONE);
                assertThat(r.invariantsHold()).as("%s round %d: %s", s, round, r.toJson()).isTrue();
                assertThat(r.server().name()).isEqualTo("MariaDB");
            }
        }
    }

    @Test
    @Order(2)
    void noLockingLosesUpdatesAndTheUnsignedColumnRefusesToGoNegative() {
        LockResult r = new LockExperiment(db).run(new LockParams(LockStrategy.NONE, 40, 60, 8, 2), RunControl.NONE);
        assertThat(r.lostUpdates()).as("lost updates on InnoDB").isPositive();
        assertThat(r.negativeStock()).containsIgnoringCase("out of range");
    }

    @Test
    @Order(3)
    void lockViewsShowBuyersWaitingForTheRowLock() {
        // 12 buyers each holding the row lock for 60 ms: about 0.7 s of lock traffic, several MariaDB samples
        LockResult r = new LockExperiment(db).run(new LockParams(LockStrategy.PESSIMISTIC, 10, 12, 4, 60), RunControl.NONE);
        assertThat(r.errors()).isEmpty();
        assertThat(r.lockViews()).as("a sample with a buyer holding the lock").anyMatch(v -> v.holding().size() == 1);
        assertThat(r.lockViews()).as("a sample with buyers waiting for it").anyMatch(v -> !v.waiting().isEmpty());
        assertThat(r.lockViews()).as("FOR UPDATE: one holder at a time").allMatch(v -> v.holding().size() <= 1);
        assertThat(r.lockViews()).allMatch(v -> java.util.Collections.disjoint(v.holding(), v.waiting()));
        assertThat(r.toJson()).containsKeys("server", "lock_views", "negative_stock");
    }

    @Test
    @Order(4)
    void explainShowsTheIndexAgainstAFullScanAndTheIndexStatisticsAreRead() {
        IndexResult r = new IndexExperiment(db).run(20_000, 3, RunControl.NONE);
        QueryTiming point = r.timing(QueryKind.POINT);
        assertThat(point.indexedPlan()).contains("type: ref").contains("key: idx_items_k").contains("ANALYZE:");
        assertThat(point.scanPlan()).contains("type: ALL").contains("key: NULL");
        assertThat(point.indexUsed()).isTrue();
        assertThat(point.scanUsed()).isTrue();
        assertThat(point.rowsPerQuery()).isEqualTo(1);
        assertThat(r.stats().problem()).isNull();
        assertThat(r.stats().sizePages()).isPositive();
        assertThat(r.stats().leafPages()).isPositive();
        assertThat(r.server().version()).contains("MariaDB");
    }

    @Test
    @Order(4)
    void theCompositeIndexFollowsTheLeftmostPrefixAndCovers() {
        CompositeResult r = new CompositeExperiment(db).run(20_000, 3, RunControl.NONE);
        assertThat(r.timing(CompositeExperiment.Query.BY_A).plan()).contains("key: idx_pairs_ab");
        assertThat(r.timing(CompositeExperiment.Query.BY_B).plan()).contains("type: ALL");
        assertThat(r.timing(CompositeExperiment.Query.COVERING).planSaysIndexOnly()).isTrue();
        assertThat(r.timing(CompositeExperiment.Query.ALL_COLUMNS).planSaysIndexOnly()).isFalse();
        assertThat(r.server().name()).isEqualTo("MariaDB");
        // the closing step reads what this server's EXPLAIN said, not a remembered text
        glassbox.core.Narration last = CompositeTrace.of(r).last().narration();
        assertThat(last.key()).isEqualTo("database.narr.composite.plannersServer");
        assertThat(last.args()).startsWith(CompositeTrace.engine(r), "ref", "ALL");
        assertThat(((glassbox.core.Narration) last.args().get(3)).key()).isEqualTo("database.narr.composite.saysIndexOnly");
    }

    @Test
    @Order(5)
    void badCredentialsGiveOneLineAndExitOne() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = GlassboxCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("locks", "--strategy", "atomic", "--jdbc", target.address(), "--user", "glassbox_nobody");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().count()).isEqualTo(1);
        assertThat(err.toString()).contains("refused user 'glassbox_nobody'").doesNotContain("Exception");
    }

    @Test
    @Order(6)
    void nothingOutsideGlassboxLabChanged() throws SQLException {
        assertThat(outside()).containsExactlyElementsOf(outsideBefore);
    }
}
