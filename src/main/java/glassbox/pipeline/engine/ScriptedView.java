package glassbox.pipeline.engine;

/**
 * A scenario's view: returns a response with {@code status} (a TemplateResponse when
 * {@code template}), or raises; {@code renderRaises} makes the TemplateResponse fail in render().
 */
public record ScriptedView(int status, boolean raises, boolean template, boolean renderRaises) implements View {
    public ScriptedView {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status outside 100..599: " + status);
        }
    }

    public static ScriptedView ok() {
        return new ScriptedView(200, false, false, false);
    }

    @Override
    public boolean resolves(HttpRequest request) {
        return true;
    }

    @Override
    public HttpResponse call(Exchange x) {
        if (raises) {
            x.note("pipeline.view.raises");
            throw new PythonException("Exception", "the view raised");
        }
        if (template) {
            x.note("pipeline.view.template", String.valueOf(status));
            HttpResponse r = HttpResponse.template(status, "<p>rendered template</p>", "view");
            return renderRaises ? r.failingRender() : r;
        }
        x.note("pipeline.view.returns", String.valueOf(status));
        return HttpResponse.plain(status, "", "view");
    }
}
