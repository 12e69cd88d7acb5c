package glassbox.database.view;

import glassbox.app.AppContext;
import glassbox.app.Topic;
import glassbox.app.TopicView;

/** The Database tab: index vs full scan, and locking strategies, live on embedded H2. */
public final class DatabaseTopic implements Topic {
    @Override
    public String id() {
        return "database";
    }

    @Override
    public String titleKey() {
        return "database.title";
    }

    @Override
    public String summaryKey() {
        return "database.summary";
    }

    @Override
    public String stylesheet() {
        return "/glassbox/database/database.css";
    }

    @Override
    public TopicView create(AppContext context) {
        return new DatabaseView(context);
    }
}
