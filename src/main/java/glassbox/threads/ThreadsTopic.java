package glassbox.threads;

import glassbox.core.ViewContext;
import glassbox.threads.view.ThreadsView;
import glassbox.core.Topic;
import glassbox.core.TopicView;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Threads tab: GIL hand-offs, free threading and coroutines on one timeline. */
public final class ThreadsTopic implements Topic {
    /** Hidden: {@code -Dglassbox.threads.open=preset=convoy&compare=nogil&step=12} opens in that state (screenshots). */
    static final String OPEN_PROPERTY = "glassbox.threads.open";

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
        ThreadsView view = new ThreadsView(context);
        String open = System.getProperty(OPEN_PROPERTY);
        if (open != null) {
            Map<String, String> params = new LinkedHashMap<>();
            for (String kv : open.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    params.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            view.open(params);
        }
        return view;
    }

    @Override
    public java.util.List<Class<?>> commands() {
        return java.util.List.of(glassbox.threads.cli.ThreadsCommand.class, glassbox.threads.cli.RefcountCommand.class);
    }
}
