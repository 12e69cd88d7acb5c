package glassbox.bptree.view;

import glassbox.app.AppContext;
import glassbox.app.Topic;
import glassbox.app.TopicView;

/** The B+Tree tab: animated insert, search, delete, linked leaves and range scans. */
public final class BptreeTopic implements Topic {
    @Override
    public String id() {
        return "bptree";
    }

    @Override
    public String titleKey() {
        return "bptree.title";
    }

    @Override
    public String summaryKey() {
        return "bptree.summary";
    }

    @Override
    public String stylesheet() {
        return "/glassbox/bptree/bptree.css";
    }

    @Override
    public TopicView create(AppContext context) {
        return new BptreeView(context);
    }
}
