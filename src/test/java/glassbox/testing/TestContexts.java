package glassbox.testing;

import glassbox.core.ViewContext;
import glassbox.core.BackgroundWork;
import glassbox.core.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import glassbox.core.RunLog;

/** Contexts for view tests: English, same-thread background work, a run log kept in {@link #SAVED}. */
public final class TestContexts {
    /** Requests passed to the navigator, as "id params". */
    public static final List<String> NAVIGATIONS = new ArrayList<>();
    /** Runs the tabs saved, as "topic params results". */
    public static final List<String> SAVED = new ArrayList<>();
    private static final RunLog RUNS = (topic, params, results) -> SAVED.add(topic + " " + params + " " + results);

    private TestContexts() {
    }

    public static ViewContext english() {
        return of(Locale.ENGLISH);
    }

    public static ViewContext of(Locale locale) {
        return new ViewContext(new Messages(locale), BackgroundWork.sameThread(),
                RUNS,
                (id, params) -> NAVIGATIONS.add(id + " " + new java.util.TreeMap<>(params)));
    }

    public static ViewContext withNavigator(Locale locale, java.util.function.BiConsumer<String, Map<String, String>> nav) {
        return new ViewContext(new Messages(locale), BackgroundWork.sameThread(),
                RUNS, nav);
    }

    /** Like {@link #of} but runs go to {@code store}, for tests that read the history back. */
    public static ViewContext withStore(Locale locale, glassbox.store.Store store) {
        return new ViewContext(new Messages(locale), BackgroundWork.sameThread(), store::saveRunQuietly,
                (id, params) -> NAVIGATIONS.add(id + " " + new java.util.TreeMap<>(params)));
    }
}
