package glassbox.database;

import glassbox.core.ViewContext;
import glassbox.database.view.DatabaseView;
import glassbox.core.Topic;
import glassbox.core.TopicView;

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
    public TopicView create(ViewContext context) {
        return new DatabaseView(context);
    }

    @Override
    public java.util.List<Class<?>> commands() {
        return java.util.List.of(glassbox.database.cli.IndexCommand.class, glassbox.database.cli.LocksCommand.class,
                glassbox.database.cli.CompositeCommand.class);
    }
}
