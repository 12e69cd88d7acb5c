package glassbox.bptree;

import glassbox.core.ViewContext;
import glassbox.bptree.view.BptreeView;
import glassbox.bptree.view.CompareView;
import glassbox.bptree.view.InnodbView;
import glassbox.core.Topic;
import glassbox.core.TopicView;
import java.util.LinkedHashMap;
import java.util.function.Supplier;

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
        // Extra modes of the tab, by id, in selector order; each is built on first selection and
        // labelled with the bundle key "bptree.mode.<id>" (e.g. "compare", "innodb").
        LinkedHashMap<String, Supplier<TopicView>> modes = new LinkedHashMap<>();
        modes.put("compare", () -> new CompareView(context));
        modes.put("innodb", () -> new InnodbView(context));
        return new BptreeView(context, modes);
    }

    @Override
    public java.util.List<Class<?>> commands() {
        return java.util.List.of(glassbox.bptree.cli.BptreeCommand.class,
                glassbox.bptree.cli.BtreeCommand.class, glassbox.bptree.cli.InnodbCommand.class);
    }
}
