package glassbox.threads;

import glassbox.core.Topic;
import glassbox.core.TopicView;
import glassbox.core.ViewContext;
import glassbox.threads.cli.RefcountCommand;
import glassbox.threads.cli.ThreadsCommand;
import glassbox.threads.view.ThreadsView;
import java.util.List;

/** The Threads tab: GIL hand-offs, free threading, processes and coroutines on one timeline; the refcount race. */
public final class ThreadsTopic implements Topic {
    @Override
    public String id() {
        return "threads";
    }

    @Override
    public String titleKey() {
        return "threads.title";
    }

    @Override
    public String summaryKey() {
        return "threads.summary";
    }

    @Override
    public String stylesheet() {
        return "/glassbox/threads/threads.css";
    }

    @Override
    public TopicView create(ViewContext context) {
        return new ThreadsView(context);
    }

    @Override
    public List<Class<?>> commands() {
        return List.of(ThreadsCommand.class, RefcountCommand.class);
    }
}
