package glassbox.copy.view;

import glassbox.app.AppContext;
import glassbox.app.Topic;
import glassbox.app.TopicView;

/** The Copy tab: aliasing, copy.copy and copy.deepcopy on a Python subset, drawn as an object graph. */
public final class CopyTopic implements Topic {
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
        return "/glassbox/copy/copy.css";
    }

    @Override
    public TopicView create(AppContext context) {
        return new CopyView(context);
    }
}
