package glassbox.bptree;

import glassbox.core.ViewContext;
import glassbox.bptree.view.BptreeView;
import glassbox.core.Topic;
import glassbox.core.TopicView;

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
    public TopicView create(ViewContext context) {
        return new BptreeView(context, new java.util.LinkedHashMap<>());
    }

    @Override
    public java.util.List<Class<?>> commands() {
        return java.util.List.of(glassbox.bptree.cli.BptreeCommand.class);
    }
}
