package glassbox.python;

import glassbox.core.ViewContext;
import glassbox.python.view.PythonView;
import glassbox.core.Topic;
import glassbox.core.TopicView;

/**
 * The Python tab (id {@code python}, alias {@code copy}): a Python subset stepped statement by
 * statement with frames and heap drawn as Python Tutor does; copies are its first lessons.
 */
public final class PythonTopic implements Topic {
    @Override
    public String id() {
        return "python";
    }

    @Override
    public java.util.List<String> aliases() {
        return java.util.List.of("copy");
    }

    @Override
    public String titleKey() {
        return "python.title";
    }

    @Override
    public String summaryKey() {
        return "python.summary";
    }

    @Override
    public String stylesheet() {
        return "/glassbox/python/python.css";
    }

    @Override
    public TopicView create(ViewContext context) {
        return new PythonView(context);
    }

    @Override
    public java.util.List<Class<?>> commands() {
        return java.util.List.of(glassbox.python.cli.PythonCommand.class);
    }
}
