package glassbox.app;

import glassbox.core.Topic;
import java.util.List;
import java.util.Optional;

/**
 * The topic plug-ins, in tab order: the one registry, handed to both the window (tabs) and the
 * command line (subcommands). Adding a topic is a package of its own plus one line here.
 */
public final class Topics {
    private static final List<Topic> ALL = List.of(
            new glassbox.bptree.BptreeTopic(),
            new glassbox.database.DatabaseTopic(),
            new glassbox.threads.ThreadsTopic(),
            new glassbox.python.PythonTopic(),
            new glassbox.pipeline.PipelineTopic());

    private Topics() {
    }

    public static List<Topic> all() {
        return ALL;
    }

    public static Optional<Topic> byId(String id) {
        return ALL.stream().filter(t -> t.answersTo(id)).findFirst();
    }
}
