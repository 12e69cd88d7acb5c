package glassbox.pipeline.cli;

import glassbox.core.Json;
import glassbox.pipeline.engine.RestResult;
import glassbox.pipeline.engine.UsersResource;
import glassbox.core.BoundedInput;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code glassbox rest [--db PATH] METHOD PATH [BODY]}: one request against the H2-backed /api/users resource. */
@Command(name = "rest", mixinStandardHelpOptions = true,
        description = "Send one request to the REST resource /api/users (H2; in-memory unless --db) and print the "
                + "envelope {\"code\", \"status\", \"data\", \"message\"}.")
public final class RestCommand implements Callable<Integer> {
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");
    private static final int MAX_PATH = 2000;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "H2 database file, e.g. /tmp/users (H2 adds .mv.db); "
            + "created and seeded when new, its folder must exist; an existing file must be one made by this command. "
            + "Default: in memory.")
    String db;

    @Parameters(index = "0", paramLabel = "METHOD", description = "GET, POST, PUT, PATCH or DELETE.")
    String method;

    @Parameters(index = "1", paramLabel = "PATH", description = "/api/users or /api/users/{id}.")
    String path;

    @Parameters(index = "2", arity = "0..1", paramLabel = "BODY",
            description = "JSON body for POST, PUT and PATCH, e.g. '{\"name\": \"Ada\", \"age\": 36}' (at most 1 MiB).")
    String body;

    @Override
    public Integer call() {
        String m = method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(m)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown HTTP method '" + method + "'");
        }
        if (!path.startsWith("/") || path.length() > MAX_PATH || path.chars().anyMatch(c -> c <= ' ')) {
            throw new CommandLine.ParameterException(spec.commandLine(), "PATH must start with /, have no spaces and "
                    + "no more than " + MAX_PATH + " characters, e.g. /api/users");
        }
        if (body != null && !BODY_METHODS.contains(m)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "extra argument '"
                    + BoundedInput.abbreviate(body, 40) + "': " + m + " takes no body (only POST, PUT and PATCH do)");
        }
        if (body != null && body.length() > BoundedInput.MAX_BYTES) {
            throw new CommandLine.ParameterException(spec.commandLine(), "BODY is larger than 1 MiB");
        }
        UsersResource resource;
        try {
            resource = db == null ? UsersResource.inMemory() : UsersResource.file(db);
        } catch (UsersResource.BadDatabase e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (resource) {
            RestResult r = resource.handle(m, path, body);
            spec.commandLine().getOut().println(Json.write(r.envelope()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
