package glassbox.core;

import java.util.List;

/**
 * A topic plug-in: one package with its engine, view and CLI commands. The launcher lists the
 * topics once and hands the list to both the window (tabs) and the command line (subcommands).
 * Creating the view is deferred until the tab is first shown.
 */
public interface Topic {
    /** Short id used by {@code --tab}, scenes and saved settings, e.g. {@code bptree}. */
    String id();

    /** Other ids {@code --tab} and scenes accept for this topic (e.g. an old name). */
    default List<String> aliases() {
        return List.of();
    }

    /** Bundle key of the tab title. */
    String titleKey();

    /** Bundle key of the one-line summary on the Welcome tab. */
    String summaryKey();

    /** Classpath path of the topic's stylesheet, or null. */
    default String stylesheet() {
        return null;
    }

    /** The topic's picocli command classes (each prints JSON on stdout). */
    default List<Class<?>> commands() {
        return List.of();
    }

    /** Builds the tab's content; called once, on the FX thread. */
    TopicView create(ViewContext context);

    default boolean answersTo(String name) {
        return id().equalsIgnoreCase(name) || aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name));
    }
}
