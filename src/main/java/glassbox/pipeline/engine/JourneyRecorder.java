package glassbox.pipeline.engine;

import glassbox.pipeline.engine.PipelineState.HookState;
import glassbox.pipeline.engine.PipelineState.LayerState;
import glassbox.pipeline.engine.PipelineState.Mark;
import glassbox.pipeline.engine.PipelineState.Phase;
import glassbox.player.EventKind;
import glassbox.core.Narration;
import glassbox.player.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the handler's calls for one request into player steps: one step per hook call, plus the
 * arrival, the view, render, each exception converted to a response, and the final response.
 * Step lines are {@link HandlerLine}s of {@code pipeline.code}; highlights are {@link JourneyHighlight}s.
 */
final class JourneyRecorder implements PipelineListener {
    private final Trace.Builder<PipelineState> out;
    private final List<Middleware> stack;
    private final Site site;
    private final int journey;
    private final int journeys;
    private final List<Narration> warnings;
    private final List<LayerState> layers = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private HttpRequest request;
    private HttpResponse.ResponseSnapshot response;
    private String exception;
    private List<SqlCall> sql = List.of();
    private List<UserRow> rows;
    private Map<String, Object> envelope;
    private boolean viewRaised;

    JourneyRecorder(Trace.Builder<PipelineState> out, List<Middleware> stack, Site site, int journey, int journeys,
                    List<Narration> warnings, List<UserRow> rowsBefore) {
        this.out = out;
        this.stack = stack;
        this.site = site;
        this.journey = journey;
        this.journeys = journeys;
        this.warnings = warnings;
        this.rows = rowsBefore;
        for (Middleware m : stack) {
            List<HookState> hooks = new ArrayList<>();
            for (Hook h : Hook.values()) {
                if (m.defines(h)) {
                    hooks.add(new HookState(h, Mark.IDLE));
                }
            }
            layers.add(new LayerState(m.name(), m instanceof ScriptedMiddleware, hooks));
        }
    }

    private void step(Phase phase, int layer, Narration n, HandlerLine line, JourneyHighlight highlight, EventKind event) {
        PipelineState s = new PipelineState(journey, journeys, layers, phase, layer, calls, request.snapshot(),
                response, exception, sql, rows, envelope, warnings, viewRaised);
        out.add(s, n, line.line(), highlight == null ? Set.of() : Set.of(highlight), event);
    }

    private static Object note(Narration n) {
        return n == null ? Narration.of("pipeline.note.none") : n;
    }

    @Override
    public void arrived(HttpRequest r) {
        request = r;
        step(Phase.ARRIVE, -1, Narration.of("pipeline.step.arrive", r.method(), r.path(), stack.size()),
                HandlerLine.CALL, null, null);
    }

    @Override
    public void hook(int i, String name, Hook hook, Outcome outcome, Narration note, HttpRequest r, HttpResponse resp) {
        calls.add(name + "." + hook.pythonName());
        Mark mark = outcome instanceof Outcome.Raised ? Mark.RAISED
                : outcome instanceof Outcome.Responded ? Mark.RESPONDED : Mark.PASSED;
        layers.set(i, layers.get(i).with(hook, mark));
        if (resp != null && (hook == Hook.PROCESS_RESPONSE || hook == Hook.PROCESS_TEMPLATE_RESPONSE
                || outcome instanceof Outcome.Responded)) {
            response = resp.snapshot();
        }
        EventKind event = null;
        Narration n;
        if (outcome instanceof Outcome.Raised raised) {
            exception = raised.type() + ": " + raised.message();
            event = JourneyEvent.EXCEPTION;
            n = Narration.of(raiseKey(hook), name, raised.type(), note(note));
        } else {
            String status = response == null ? "" : String.valueOf(response.status());
            n = Narration.of(key(hook, mark == Mark.RESPONDED), name, status, note(note));
            if (mark == Mark.RESPONDED) {
                event = hook.inbound() ? JourneyEvent.SHORT_CIRCUIT : JourneyEvent.HANDLED;
            }
            if (hook == Hook.PROCESS_EXCEPTION && mark == Mark.RESPONDED) {
                exception = null;
            }
        }
        Phase phase = hook.inbound() ? Phase.INBOUND : hook == Hook.PROCESS_RESPONSE ? Phase.OUTBOUND : Phase.VIEW;
        step(phase, i, n, line(hook), new JourneyHighlight.HookCall(i, hook), event);
    }

    private static HandlerLine line(Hook h) {
        return switch (h) {
            case PROCESS_REQUEST -> HandlerLine.PROCESS_REQUEST;
            case PROCESS_VIEW -> HandlerLine.VIEW_HOOK;
            case PROCESS_EXCEPTION -> HandlerLine.EXCEPTION_HOOK;
            case PROCESS_TEMPLATE_RESPONSE -> HandlerLine.TEMPLATE_HOOK;
            case PROCESS_RESPONSE -> HandlerLine.PROCESS_RESPONSE;
        };
    }

    private static String key(Hook h, boolean responded) {
        return switch (h) {
            case PROCESS_REQUEST -> responded ? "pipeline.step.request.respond" : "pipeline.step.request.pass";
            case PROCESS_VIEW -> responded ? "pipeline.step.view.respond" : "pipeline.step.view.pass";
            case PROCESS_EXCEPTION -> responded ? "pipeline.step.exception.respond" : "pipeline.step.exception.pass";
            case PROCESS_TEMPLATE_RESPONSE -> responded ? "pipeline.step.template.respond" : "pipeline.step.template.pass";
            case PROCESS_RESPONSE -> responded ? "pipeline.step.response.respond" : "pipeline.step.response.pass";
        };
    }

    private static String raiseKey(Hook h) {
        return switch (h) {
            case PROCESS_REQUEST -> "pipeline.step.raise.request";
            case PROCESS_VIEW -> "pipeline.step.raise.view";
            case PROCESS_EXCEPTION -> "pipeline.step.raise.exception";
            case PROCESS_TEMPLATE_RESPONSE -> "pipeline.step.raise.template";
            case PROCESS_RESPONSE -> "pipeline.step.raise.response";
        };
    }

    @Override
    public void resolved(boolean found, HttpRequest r) {
        if (!found) {
            exception = "Resolver404: " + r.path();
            step(Phase.VIEW, stack.size(), Narration.of("pipeline.step.resolve404", r.path()), HandlerLine.RESOLVE,
                    JourneyHighlight.NO_ROUTE, JourneyEvent.EXCEPTION);
        }
    }

    @Override
    public void view(Outcome outcome, Narration note, HttpRequest r, HttpResponse resp) {
        calls.add("view");
        if (site != null && site.lastRest() != null) {
            RestResult rest = site.lastRest();
            sql = rest.sql();
            rows = rest.rows();
            envelope = rest.envelope();
        }
        Narration n;
        if (outcome instanceof Outcome.Raised raised) {
            exception = raised.type() + ": " + raised.message();
            viewRaised = true;
            n = Narration.of("pipeline.step.view.raised", raised.type(), note(note));
        } else {
            response = resp.snapshot();
            n = Narration.of(resp.template() ? "pipeline.step.view.template" : "pipeline.step.view.ok",
                    String.valueOf(resp.status()), note(note));
        }
        step(Phase.VIEW, stack.size(), n, HandlerLine.VIEW, JourneyHighlight.VIEW,
                outcome instanceof Outcome.Raised ? JourneyEvent.EXCEPTION : JourneyEvent.VIEW);
    }

    @Override
    public void unhandled(PythonException e) {
        step(Phase.VIEW, stack.size(), Narration.of("pipeline.step.unhandled", e.type()), HandlerLine.RERAISE, JourneyHighlight.VIEW, null);
    }

    @Override
    public void rendered(Outcome outcome, HttpResponse resp) {
        if (outcome instanceof Outcome.Raised raised) {
            exception = raised.type() + ": " + raised.message();
            viewRaised = true;
            step(Phase.VIEW, stack.size(), Narration.of("pipeline.step.renderFailed", raised.type()), HandlerLine.RENDER,
                    JourneyHighlight.VIEW, JourneyEvent.EXCEPTION);
        } else {
            response = resp.snapshot();
            step(Phase.VIEW, stack.size(), Narration.of("pipeline.step.rendered"), HandlerLine.RENDER, JourneyHighlight.VIEW, null);
        }
    }

    @Override
    public void converted(int layer, PythonException e, HttpResponse resp) {
        exception = null;
        response = resp.snapshot();
        String status = String.valueOf(resp.status());
        Narration n = layer == stack.size()
                ? Narration.of("pipeline.step.convertedInner", e.type(), status)
                : Narration.of("pipeline.step.converted", stack.get(layer).name(), e.type(), status);
        step(layer == stack.size() ? Phase.VIEW : Phase.OUTBOUND, layer, n, HandlerLine.CONVERT, new JourneyHighlight.Conversion(layer),
                JourneyEvent.CONVERTED);
    }

    @Override
    public void finished(HttpResponse resp) {
        response = resp.snapshot();
        exception = null;
        step(Phase.DONE, -1, Narration.of("pipeline.step.done", response.statusLine(), calls.size()), HandlerLine.RETURN,
                null, JourneyEvent.RESPONSE);
    }
}
