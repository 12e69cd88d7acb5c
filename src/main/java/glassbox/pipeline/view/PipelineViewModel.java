package glassbox.pipeline.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import glassbox.core.History;
import glassbox.core.Undoable;
import glassbox.core.ViewContext;
import glassbox.pipeline.engine.Builtin;
import glassbox.pipeline.engine.Hook;
import glassbox.pipeline.engine.HookAction;
import glassbox.pipeline.engine.Journeys;
import glassbox.pipeline.engine.Pipeline;
import glassbox.pipeline.engine.RequestSpec;
import glassbox.pipeline.engine.Site;
import glassbox.pipeline.engine.StackCheck;
import glassbox.pipeline.engine.StackEntry;
import glassbox.pipeline.engine.UsersResource;
import glassbox.core.Narration;
import glassbox.player.view.PlayerViewModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The Pipeline tab's state and commands: the request being built, the MIDDLEWARE stack with undo
 * and redo (a {@link History} of stack snapshots; the shell's Ctrl+Z / Ctrl+Y call {@link #undo()}
 * and {@link #redo()}), and "send", which runs the journey in the background and loads it into the
 * player. Never touches a control.
 */
public final class PipelineViewModel implements Undoable {
    static final List<String> METHODS = PipelineScene.METHODS;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");

    private final ViewContext context;
    private final PlayerViewModel player = new PlayerViewModel();
    private final StringProperty method = new SimpleStringProperty(this, "method", "GET");
    private final StringProperty path = new SimpleStringProperty(this, "path", "/api/users");
    private final StringProperty cookie = new SimpleStringProperty(this, "cookie", "");
    private final StringProperty csrfToken = new SimpleStringProperty(this, "csrfToken", "");
    private final StringProperty authorization = new SimpleStringProperty(this, "authorization", "");
    private final StringProperty acceptEncoding = new SimpleStringProperty(this, "acceptEncoding", "gzip");
    private final StringProperty body = new SimpleStringProperty(this, "body", "");
    private final BooleanProperty viewRaises = new SimpleBooleanProperty(this, "viewRaises");
    private final BooleanProperty renderRaises = new SimpleBooleanProperty(this, "renderRaises");
    private final ReadOnlyObjectWrapper<List<RequestSpec>> prelude = new ReadOnlyObjectWrapper<>(this, "prelude", List.of());
    private final ObservableList<StackEntry> stack = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<Narration>> warnings = new ReadOnlyObjectWrapper<>(this, "warnings", List.of());
    private final BooleanProperty outcomeHidden = new SimpleBooleanProperty(this, "outcomeHidden");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper pathProblem = new ReadOnlyStringWrapper(this, "pathProblem", "");
    private final ReadOnlyObjectWrapper<Journeys.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final History<List<StackEntry>> history = new History<>();
    private volatile Site site;
    private boolean queued;
    private Runnable queuedThen;

    public PipelineViewModel(ViewContext context) {
        this.context = context;
        publishStack(Builtin.defaults().stream().map(StackEntry::of).toList());
    }

    // ---- properties

    public PlayerViewModel player() {
        return player;
    }

    public StringProperty methodProperty() {
        return method;
    }

    public StringProperty pathProperty() {
        return path;
    }

    public StringProperty cookieProperty() {
        return cookie;
    }

    public StringProperty csrfTokenProperty() {
        return csrfToken;
    }

    public StringProperty authorizationProperty() {
        return authorization;
    }

    public StringProperty acceptEncodingProperty() {
        return acceptEncoding;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public BooleanProperty viewRaisesProperty() {
        return viewRaises;
    }

    public BooleanProperty renderRaisesProperty() {
        return renderRaises;
    }

    /** Requests a preset sends before the builder's (e.g. the login). */
    public ReadOnlyObjectProperty<List<RequestSpec>> preludeProperty() {
        return prelude.getReadOnlyProperty();
    }

    /** The MIDDLEWARE setting, outermost first (read-only: edit through the commands). */
    public ObservableList<StackEntry> stack() {
        return FXCollections.unmodifiableObservableList(stack);
    }

    public ReadOnlyObjectProperty<List<Narration>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** True while the lecture asks the class to predict: the response and SQL panels are hidden. */
    public BooleanProperty outcomeHiddenProperty() {
        return outcomeHidden;
    }

    /** Why the path cannot be sent (shown beside the field), empty when it can. */
    public ReadOnlyStringProperty pathProblemProperty() {
        return pathProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The last problem with the user's input, formatted; empty when there is none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Journeys.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    // ---- request commands

    /** Fills the builder from a preset (and adapts the stack, undoably); does not send. */
    public void applyPreset(Preset p) {
        RequestSpec r = p.request();
        method.set(r.method());
        path.set(r.path());
        cookie.set(r.headers().getOrDefault("Cookie", ""));
        csrfToken.set(r.headers().getOrDefault("X-CSRFToken", ""));
        authorization.set(r.headers().getOrDefault("Authorization", ""));
        acceptEncoding.set(r.headers().getOrDefault("Accept-Encoding", ""));
        body.set(r.body());
        viewRaises.set(p.viewRaises());
        renderRaises.set(false);
        prelude.set(p.prelude());
        edit(p.adapt(stack));
        error.set("");
        pathProblem.set("");
    }

    // ---- scenes

    /** The whole input, as a scene describes it. */
    PipelineScene.Input input() {
        return new PipelineScene.Input(stack, request(), prelude.get(), viewRaises.get(), renderRaises.get());
    }

    /** Rebuilds the input from a scene (the stack change can be undone) and sends it. */
    void apply(PipelineScene.Input in, Runnable then) {
        RequestSpec r = in.request();
        method.set(r.method());
        path.set(r.path());
        cookie.set(r.headers().getOrDefault("Cookie", ""));
        csrfToken.set(r.headers().getOrDefault("X-CSRFToken", ""));
        authorization.set(r.headers().getOrDefault("Authorization", ""));
        acceptEncoding.set(r.headers().getOrDefault("Accept-Encoding", ""));
        body.set(r.body());
        viewRaises.set(in.viewRaises());
        renderRaises.set(in.renderRaises());
        prelude.set(in.before());
        edit(in.stack());
        error.set("");
        pathProblem.set("");
        send(then);
    }

    public void clearPrelude() {
        prelude.set(List.of());
    }

    /** The request as built now. */
    public RequestSpec request() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Cookie", cookie.get());
        h.put("X-CSRFToken", csrfToken.get());
        h.put("Authorization", authorization.get());
        h.put("Accept-Encoding", acceptEncoding.get());
        return new RequestSpec(method.get(), path.get().trim(), h, body.get());
    }

    /** Checks the request and runs the journey in the background; false (with an error) when the input is bad. */
    public boolean send() {
        return send(null);
    }

    /**
     * Like {@link #send()}, then runs {@code then} once this request's journey is loaded. While a run is
     * in progress the request is queued and sent when it finishes (the latest one wins).
     */
    public boolean send(Runnable then) {
        String p = path.get() == null ? "" : path.get().trim();
        if (!p.startsWith("/") || p.chars().anyMatch(Character::isWhitespace)) {
            pathProblem.set(context.messages().get("pipeline.error.path", p));
            return false;
        }
        pathProblem.set("");
        if (method.get() == null || !METHODS.contains(method.get())) {
            error.set(context.messages().get("pipeline.error.method"));
            return false;
        }
        if (running.get()) {
            queued = true;
            queuedThen = then;
            return true;
        }
        error.set("");
        List<RequestSpec> requests = new ArrayList<>(prelude.get());
        requests.add(request());
        List<StackEntry> entries = List.copyOf(stack);
        boolean raises = viewRaises.get();
        boolean renderFails = renderRaises.get();
        running.set(true);
        Task<Run> task = journeyTask(entries, requests, raises, renderFails);
        task.setOnSucceeded(e -> {
            finished(task.getValue());
            if (then != null) {
                then.run();
            }
            sendQueued();
        });
        task.setOnFailed(e -> {
            running.set(false);
            Throwable t = task.getException();
            error.set(context.messages().get("pipeline.error.run", t == null ? "?" : String.valueOf(t.getMessage())));
        });
        task.setOnCancelled(e -> {
            running.set(false);
            sendQueued();
        });
        context.work().submit(task);
        return true;
    }

    private Task<Run> journeyTask(List<StackEntry> entries, List<RequestSpec> requests, boolean raises,
                                  boolean renderFails) {
        return new Task<>() {
            @Override
            protected Run call() throws JsonProcessingException {
                updateMessage(context.messages().get("pipeline.task.running"));
                Site s = site();
                Journeys.Result r;
                synchronized (s) {
                    s.setFaults(raises, renderFails);
                    r = Journeys.run(s, entries, requests);
                }
                return new Run(r, historyJson(entries, requests), resultJson(r));
            }
        };
    }

    private void sendQueued() {
        if (queued) {
            queued = false;
            Runnable then = queuedThen;
            queuedThen = null;
            send(then);
        }
    }

    private Site site() {
        Site s = site;
        if (s == null) {
            synchronized (this) {
                if (site == null) {
                    site = new Site(UsersResource.inMemory());
                }
                s = site;
            }
        }
        return s;
    }

    /** A finished journey and its run-history entry (written off the FX thread). */
    private record Run(Journeys.Result result, String paramsJson, String resultsJson) {
    }

    private void finished(Run run) {
        running.set(false);
        result.set(run.result());
        player.load(run.result().trace());
        context.saveRun("pipeline", run.paramsJson(), run.resultsJson());
    }

    private static String historyJson(List<StackEntry> entries, List<RequestSpec> requests) throws JsonProcessingException {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("requests", requests);
        params.put("middleware", entries.stream().filter(StackEntry::enabled).map(StackEntry::name).toList());
        return new ObjectMapper().writeValueAsString(params);
    }

    private static String resultJson(Journeys.Result r) throws JsonProcessingException {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("calls", r.trace().last().state().calls());
        results.put("status", r.last().status());
        return new ObjectMapper().writeValueAsString(results);
    }

    // ---- stack commands (all undoable)

    public void move(int from, int to) {
        List<StackEntry> s = new ArrayList<>(stack);
        if (from < 0 || from >= s.size() || to < 0 || to >= s.size() || from == to) {
            return;
        }
        StackEntry e = s.remove(from);
        s.add(to, e);
        edit(s);
    }

    public void toggle(int index) {
        List<StackEntry> s = new ArrayList<>(stack);
        if (index >= 0 && index < s.size()) {
            s.set(index, s.get(index).withEnabled(!s.get(index).enabled()));
            edit(s);
        }
    }

    public void remove(int index) {
        List<StackEntry> s = new ArrayList<>(stack);
        if (index >= 0 && index < s.size() && s.get(index).custom()) {
            s.remove(index);
            edit(s);
        }
    }

    public void resetStack() {
        edit(Builtin.defaults().stream().map(StackEntry::of).toList());
    }

    /** Adds a custom middleware at the top of the stack; false (with an error) for a bad name or status. */
    public boolean addCustom(String name, Map<Hook, HookChoice> choices) {
        String n = name == null ? "" : name.trim();
        if (!IDENTIFIER.matcher(n).matches()) {
            error.set(context.messages().get("pipeline.error.name", n));
            return false;
        }
        if (stack.stream().anyMatch(e -> e.name().equals(n))) {
            error.set(context.messages().get("pipeline.error.duplicate", n));
            return false;
        }
        if (stack.size() >= Pipeline.MAX_MIDDLEWARE) {
            error.set(context.messages().get("pipeline.error.tooMany", Pipeline.MAX_MIDDLEWARE));
            return false;
        }
        Map<Hook, HookAction> actions = actions(choices);
        if (actions == null) {
            return false;
        }
        List<StackEntry> s = new ArrayList<>(stack);
        s.add(0, StackEntry.custom(n, actions));
        edit(s);
        error.set("");
        return true;
    }

    /** Changes what a custom middleware's hooks do. */
    public boolean updateCustom(int index, Map<Hook, HookChoice> choices) {
        List<StackEntry> s = new ArrayList<>(stack);
        if (index < 0 || index >= s.size() || !s.get(index).custom()) {
            return false;
        }
        Map<Hook, HookAction> actions = actions(choices);
        if (actions == null) {
            return false;
        }
        s.set(index, s.get(index).withActions(actions));
        edit(s);
        error.set("");
        return true;
    }

    private Map<Hook, HookAction> actions(Map<Hook, HookChoice> choices) {
        Map<Hook, HookAction> out = new EnumMap<>(Hook.class);
        for (Map.Entry<Hook, HookChoice> c : choices.entrySet()) {
            switch (c.getValue().kind()) {
                case ABSENT -> {
                    // the class does not define this hook
                }
                case PASS -> out.put(c.getKey(), HookAction.PASS);
                case RAISE -> out.put(c.getKey(), HookAction.RAISE);
                case RESPOND -> {
                    Integer status = status(c.getValue().status());
                    if (status == null) {
                        error.set(context.messages().get("pipeline.error.status", c.getKey().pythonName(),
                                c.getValue().status()));
                        return null;
                    }
                    out.put(c.getKey(), new HookAction.Respond(status));
                }
            }
        }
        return out;
    }

    private static Integer status(String text) {
        try {
            int s = Integer.parseInt(text == null ? "" : text.trim());
            return s >= 100 && s <= 599 ? s : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Undoes the last stack edit; false when there is none. */
    @Override
    public boolean undo() {
        return history.undo(List.copyOf(stack), this::publishStack);
    }

    /** Redoes the last undone stack edit; false when there is none. */
    @Override
    public boolean redo() {
        return history.redo(List.copyOf(stack), this::publishStack);
    }

    private void edit(List<StackEntry> next) {
        List<StackEntry> now = List.copyOf(stack);
        if (!now.equals(next)) {
            history.record(now);
            publishStack(next);
        }
    }

    private List<StackEntry> publishStack(List<StackEntry> next) {
        stack.setAll(next);
        warnings.set(StackCheck.warnings(next));
        return next;
    }

    /** The users now in the table (for tests), or an empty list before the first run. */
    List<glassbox.pipeline.engine.UserRow> rows() {
        Site s = site;
        return s == null ? List.of() : s.rows();
    }
}
