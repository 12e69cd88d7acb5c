package glassbox.app;

import java.util.List;
import java.util.Optional;

/** The topic tabs, in tab order. A topic is listed here once it is built. */
public final class Topics {
    private Topics() {
    }

    public static List<Topic> all() {
        return List.of(
                new glassbox.bptree.view.BptreeTopic(),
                new glassbox.database.view.DatabaseTopic(),
                new glassbox.threads.view.ThreadsTopic(),
                new glassbox.copy.view.CopyTopic(),
                new glassbox.pipeline.view.PipelineTopic());
    }

    public static Optional<Topic> byId(String id) {
        return all().stream().filter(t -> t.id().equalsIgnoreCase(id)).findFirst();
    }
}
