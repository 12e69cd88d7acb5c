package glassbox.store.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.BoundedInput;
import glassbox.core.Json;
import glassbox.store.Run;
import glassbox.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code glassbox history list|export|import}: the saved runs as JSON, headless. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List, export or import the saved experiment runs (JSON).",
        subcommands = {HistoryCommand.ListRuns.class, HistoryCommand.Export.class, HistoryCommand.Import.class})
public final class HistoryCommand implements Callable<Integer> {
    /** The export format's name and version, checked on import. */
    public static final String FORMAT = "glassbox-history";
    public static final int VERSION = 1;
    /** The most runs one import may add. */
    public static final int MAX_RUNS = 100_000;
    /** An export may be larger than a script: 16 MiB. */
    public static final int MAX_IMPORT_BYTES = 16 << 20;
    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "history needs a subcommand: list, export or import");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print the saved runs, newest first, as a JSON array.")
    static final class ListRuns implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dir;

        @Option(names = "--topic", paramLabel = "ID", description = "Only runs of this tab (e.g. database, threads).")
        String topic;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N runs, 1 to 100000 (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            if (limit < 1 || limit > MAX_RUNS) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be between 1 and 100000 (got " + limit + ")");
            }
            if (topic != null && !TOPIC.matcher(topic).matches()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--topic must be a tab id such as database");
            }
            return readAndPrint(spec, dir.resolve(), store -> {
                ArrayNode out = Json.MAPPER.createArrayNode();
                for (Run r : store.runs(topic, limit)) {
                    out.add(toJson(r));
                }
                return out;
            });
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Print every saved run, oldest first, in the format history import reads.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dir;

        @Override
        public Integer call() {
            return readAndPrint(spec, dir.resolve(), store -> {
                ObjectNode out = Json.MAPPER.createObjectNode();
                out.put("format", FORMAT);
                out.put("version", VERSION);
                ArrayNode runs = out.putArray("runs");
                List<Run> all = store.runs(null, Integer.MAX_VALUE);
                for (int i = all.size() - 1; i >= 0; i--) {
                    runs.add(toJson(all.get(i)));
                }
                return out;
            });
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add the runs of an export (FILE, or - for standard input) to the history, all or none.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dir;

        @Parameters(paramLabel = "FILE", description = "An export written by glassbox history export, or - for standard input.")
        String file;

        @Override
        public Integer call() {
            Path folder = dir.resolve();
            List<Run> runs;
            try {
                runs = parseExport(BoundedInput.read(file, System.in, MAX_IMPORT_BYTES));
            } catch (BoundedInput.Problem e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            } catch (BadExport e) {
                throw new CommandLine.ParameterException(spec.commandLine(), file + ": " + e.getMessage());
            }
            try (Store store = Store.open(folder)) {
                if (store.problem() != null) {
                    return fail(spec, "history not imported: " + store.problem().describe(store.problemDetail()));
                }
                store.importRuns(runs);
                ObjectNode out = Json.MAPPER.createObjectNode();
                out.put("imported", runs.size());
                out.put("file", store.file().toString());
                print(spec, out);
                return 0;
            } catch (SQLException e) {
                return fail(spec, "history not imported: " + firstLine(e.getMessage()));
            }
        }
    }

    /** An export that does not follow the format; the message names the field. */
    static final class BadExport extends Exception {
        BadExport(String message) {
            super(message);
        }
    }

    @FunctionalInterface
    interface Query {
        JsonNode run(Store store) throws SQLException;
    }

    private static int readAndPrint(CommandSpec spec, Path folder, Query query) {
        try (Store store = Store.openReadOnly(folder)) {
            if (store.problem() != null) {
                return fail(spec, "cannot read the history: " + store.problem().describe(store.problemDetail()));
            }
            print(spec, query.run(store));
            return 0;
        } catch (SQLException e) {
            return fail(spec, "cannot read the history: " + firstLine(e.getMessage()));
        }
    }

    static ObjectNode toJson(Run r) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", r.id());
        o.put("topic", r.topic());
        o.put("at", r.at().toString());
        o.set("params", parsedOrText(r.paramsJson()));
        o.set("results", parsedOrText(r.resultsJson()));
        return o;
    }

    private static JsonNode parsedOrText(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return Json.MAPPER.getNodeFactory().textNode(json);
        }
    }

    /** Reads an export strictly: exactly the known keys, every field present and well-formed. */
    static List<Run> parseExport(String text) throws BadExport {
        ObjectMapper strict = Json.MAPPER.copy()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        JsonNode root;
        try {
            root = strict.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadExport("not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new BadExport("an export is a JSON object with format, version and runs");
        }
        onlyKeys(root, "", Set.of("format", "version", "runs"), Set.of("format", "version", "runs"));
        if (!FORMAT.equals(root.get("format").textValue())) {
            throw new BadExport("format must be \"" + FORMAT + "\"");
        }
        if (!root.get("version").isInt() || root.get("version").intValue() != VERSION) {
            throw new BadExport("version must be " + VERSION);
        }
        JsonNode runs = root.get("runs");
        if (!runs.isArray()) {
            throw new BadExport("runs must be an array");
        }
        if (runs.size() > MAX_RUNS) {
            throw new BadExport("runs holds " + runs.size() + " entries; at most " + MAX_RUNS + " can be imported at once");
        }
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String at = "runs[" + i + "]";
            JsonNode r = runs.get(i);
            if (!r.isObject()) {
                throw new BadExport(at + " must be an object");
            }
            onlyKeys(r, at + ".", Set.of("id", "topic", "at", "params", "results"), Set.of("topic", "at", "params", "results"));
            if (r.has("id") && !r.get("id").canConvertToLong()) {
                throw new BadExport(at + ".id must be a whole number");
            }
            String topic = r.get("topic").textValue();
            if (topic == null || !TOPIC.matcher(topic).matches()) {
                throw new BadExport(at + ".topic must be a tab id such as database (lower-case letters, at most 40)");
            }
            Instant when;
            try {
                when = Instant.parse(String.valueOf(r.get("at").textValue()));
            } catch (DateTimeParseException e) {
                throw new BadExport(at + ".at must be a UTC time such as 2026-01-31T12:00:00Z");
            }
            for (String f : List.of("params", "results")) {
                if (!r.get(f).isObject()) {
                    throw new BadExport(at + "." + f + " must be a JSON object");
                }
            }
            out.add(new Run(0, topic, Json.write(r.get("params")), Json.write(r.get("results")), when));
        }
        return out;
    }

    private static void onlyKeys(JsonNode o, String prefix, Set<String> allowed, Set<String> required) throws BadExport {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new BadExport("unknown key " + prefix + BoundedInput.abbreviate(k, 40)
                        + " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        for (String k : required.stream().sorted().toList()) {
            if (!o.has(k)) {
                throw new BadExport("missing " + prefix + k);
            }
        }
    }

    private static void print(CommandSpec spec, JsonNode json) {
        spec.commandLine().getOut().println(Json.write(json));
        spec.commandLine().getOut().flush();
    }

    private static int fail(CommandSpec spec, String message) {
        spec.commandLine().getErr().println("glassbox: " + message);
        spec.commandLine().getErr().flush();
        return 1;
    }

    private static String firstLine(String s) {
        return s == null ? "" : BoundedInput.abbreviate(s.lines().findFirst().orElse(""), 200);
    }
}
