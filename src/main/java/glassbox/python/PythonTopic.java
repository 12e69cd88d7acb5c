package glassbox.python;

import glassbox.core.ViewContext;
import glassbox.python.view.CopyView;
import glassbox.core.Topic;
import glassbox.core.TopicView;

/** The Copy tab: aliasing, copy.copy and copy.deepcopy on a Python subset, drawn as an object graph. */
public final class PythonTopic implements Topic {
    @Override
    public String id() {
        return "copy";
    }

    @Override
    public String titleKey() {
        return "copy.title";
    }

    @Override
    public String summaryKey() {
        return "copy.summary";
    }

    @Override
    public String stylesheet() {
        return "/glassbox/python/python.css";
    }

    @Override
    public TopicView create(ViewContext context) {
        return new CopyView(context);
    }

    @Override
    public java.util.List<Class<?>> commands() {
        return java.util.List.of(glassbox.python.cli.PythonCommand.class);
    }
}
