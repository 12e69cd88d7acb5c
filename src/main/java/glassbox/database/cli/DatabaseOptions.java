package glassbox.database.cli;

import glassbox.database.engine.BadDatabase;
import glassbox.database.engine.Db;
import glassbox.database.engine.DbPath;
import glassbox.database.engine.ServerTarget;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Where {@code index} and {@code locks} run: H2 in memory or in a temporary file (default), an H2
 * file ({@code --db PATH}), or a MariaDB/MySQL server on this machine ({@code --jdbc URL --user U
 * --password-env VAR}). Everything is checked before anything is opened: a bad path or URL is a
 * usage error (exit 2) and creates nothing.
 */
public final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "PATH", description = "H2 database file (its folder must exist; an existing file must be a Glassbox experiment database).")
    String db;

    @Option(names = "--jdbc", paramLabel = "URL", description = "A MySQL or MariaDB server on this machine: jdbc:mariadb://127.0.0.1:PORT/ (Glassbox works only in schema glassbox_lab, created if missing).")
    String jdbc;

    @Option(names = "--user", paramLabel = "U", description = "Server user (with --jdbc).")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR", description = "Name of the environment variable holding the server password (with --jdbc).")
    String passwordEnv;

    /** What was asked for, checked; nothing is opened yet. */
    interface Target {
    }

    record Default() implements Target {
    }

    record File(DbPath path) implements Target {
    }

    record Server(ServerTarget target) implements Target {
    }

    Target check(CommandSpec spec) {
        try {
            if (jdbc != null) {
                if (db != null) {
                    throw new BadDatabase("--db and --jdbc cannot be used together");
                }
                if (user == null) {
                    throw new BadDatabase("--jdbc needs --user");
                }
                String password = "";
                if (passwordEnv != null) {
                    if (!passwordEnv.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
                        throw new BadDatabase("--password-env must name an environment variable (letters, digits, _)");
                    }
                    password = System.getenv(passwordEnv);
                    if (password == null) {
                        throw new BadDatabase("environment variable " + passwordEnv + " is not set");
                    }
                }
                return new Server(ServerTarget.parse(jdbc, user, password));
            }
            if (user != null || passwordEnv != null) {
                throw new BadDatabase("--user and --password-env go with --jdbc");
            }
            return db == null ? new Default() : new File(DbPath.parse(db));
        } catch (BadDatabase e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Opens the checked target; the default is in memory, or a temporary file for a big table. */
    static Db open(Target t, boolean bigTable) {
        if (t instanceof File f) {
            return Db.file(f.path());
        }
        if (t instanceof Server s) {
            return Db.server(s.target(), true);
        }
        return bigTable ? Db.temporary() : Db.inMemory();
    }

    /** Refuses {@code value} of {@code option} outside {@code min}..{@code max}, in one line naming both. */
    static void checkRange(CommandSpec spec, String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " must be between " + min + " and " + max + " (got " + value + ")");
        }
    }

    /** Prints an experiment's JSON on stdout and records the run ({@code input}: what was asked) when --save says so. */
    static int print(CommandSpec spec, glassbox.store.cli.SaveOption save, java.util.Map<String, ?> input, String json) {
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().flush();
        return save.record("database", input, json);
    }

    /**
     * Runs {@code work} on the opened target; on a server, a failed run leaves nothing half-made:
     * the schema is dropped again when this run created it.
     */
    static <T> T run(CommandSpec spec, Target t, boolean bigTable, java.util.function.Function<Db, T> work) {
        boolean created = false;
        if (t instanceof Server s) {
            created = !Db.probe(s.target()).schemaExists();
        }
        Db opened;
        try {
            opened = open(t, bigTable);
        } catch (BadDatabase e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Db db = opened) {
            return work.apply(db);
        } catch (RuntimeException e) {
            if (created) {
                try {
                    Db.dropSchema(((Server) t).target());
                } catch (RuntimeException ignored) {
                    // the server is gone: nothing more can be undone
                }
            }
            throw e;
        }
    }
}
