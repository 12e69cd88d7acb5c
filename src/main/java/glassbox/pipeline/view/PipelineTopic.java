package glassbox.pipeline.view;

import glassbox.app.AppContext;
import glassbox.app.Topic;
import glassbox.app.TopicView;

/** The Pipeline tab: a request through Django's middleware to a REST view over H2. */
public final class PipelineTopic implements Topic {
    @Override
    public String id() {
        return "pipeline";
    }

    @Override
    public String titleKey() {
        return "pipeline.title";
    }

    @Override
    public String summaryKey() {
        return "pipeline.summary";
    }

    @Override
    public String stylesheet() {
        return "/glassbox/pipeline/pipeline.css";
    }

    @Override
    public TopicView create(AppContext context) {
        return new PipelineView(context);
    }
}
