package glassbox.testing;

import glassbox.app.AppContext;
import glassbox.app.BackgroundWork;
import glassbox.i18n.Messages;
import glassbox.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;

/** Contexts for view tests: English, same-thread background work, an in-memory store. */
public final class TestContexts {
    /** Requests passed to the navigator, as "id params". */
    public static final List<String> NAVIGATIONS = new ArrayList<>();

    private TestContexts() {
    }

    public static AppContext english() {
        return of(Locale.ENGLISH);
    }

    public static AppContext of(Locale locale) {
        return new AppContext(new Messages(locale), BackgroundWork.sameThread(),
                new SimpleObjectProperty<>(Store.inMemory()),
                (id, params) -> NAVIGATIONS.add(id + " " + new java.util.TreeMap<>(params)));
    }

    public static AppContext withNavigator(Locale locale, java.util.function.BiConsumer<String, Map<String, String>> nav) {
        return new AppContext(new Messages(locale), BackgroundWork.sameThread(),
                new SimpleObjectProperty<>(Store.inMemory()), nav);
    }
}
