package glassbox.app;

/**
 * A topic tab, registered in {@link Topics}. Creating its view is deferred until the tab is first
 * shown, so start-up only pays for the tab on screen.
 */
public interface Topic {
    /** Short id used by {@code --tab} and saved settings, e.g. {@code bptree}. */
    String id();

    /** Bundle key of the tab title. */
    String titleKey();

    /** Bundle key of the one-line summary on the Welcome tab. */
    String summaryKey();

    /** Classpath path of the topic's stylesheet, or null. */
    default String stylesheet() {
        return null;
    }

    /** Builds the tab's content; called once, on the FX thread. */
    TopicView create(AppContext context);
}
