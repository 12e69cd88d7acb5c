package glassbox.pipeline;

import glassbox.core.ViewContext;
import glassbox.pipeline.view.PipelineView;
import glassbox.core.Topic;
import glassbox.core.TopicView;

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
    public TopicView create(ViewContext context) {
        return new PipelineView(context);
    }

    @Override
    public java.util.List<Class<?>> commands() {
        return java.util.List.of(glassbox.pipeline.cli.PipelineCommand.class, glassbox.pipeline.cli.RestCommand.class);
    }
}
