package glassbox.pipeline.cli;

import glassbox.core.Json;
import glassbox.pipeline.engine.RestResult;
import glassbox.pipeline.engine.UsersResource;
import java.nio.file.Path;
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
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", description = "H2 database file (created and seeded when new); default in-memory.")
    Path db;

    @Parameters(index = "0", paramLabel = "METHOD", description = "GET, POST, PUT, PATCH or DELETE.")
    String method;

    @Parameters(index = "1", paramLabel = "PATH", description = "/api/users or /api/users/{id}.")
    String path;

    @Parameters(index = "2", arity = "0..1", paramLabel = "BODY", description = "JSON body, e.g. '{\"name\": \"Ada\", \"age\": 36}'.")
    String body;

    @Override
    public Integer call() {
        String m = method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(m)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown HTTP method '" + method + "'");
        }
        if (!path.startsWith("/")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "PATH must start with /, e.g. /api/users");
        }
        UsersResource resource;
        try {
            resource = db == null ? UsersResource.inMemory() : UsersResource.file(db);
        } catch (IllegalStateException e) {
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
