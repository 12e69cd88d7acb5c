package glassbox.pipeline.engine;

import glassbox.player.Highlight;

/**
 * What a journey step lights up in the drawing: one hook of one layer, a layer's exception
 * wrapper turning an exception into a response, the view, or the resolver that found no route.
 * Layers count from 0 (outermost); layer {@code n} (the stack's size) is the innermost handler.
 */
public sealed interface JourneyHighlight extends Highlight {
    /** The view running (or the innermost handler after it). */
    ViewCall VIEW = new ViewCall();
    /** The URL resolver finding no route (Resolver404). */
    NoRoute NO_ROUTE = new NoRoute();

    /** {@code hook} of the middleware at {@code layer}. */
    record HookCall(int layer, Hook hook) implements JourneyHighlight {
    }

    /** convert_exception_to_response around {@code layer} answering an exception with a response. */
    record Conversion(int layer) implements JourneyHighlight {
    }

    /** The view; use {@link #VIEW}. */
    record ViewCall() implements JourneyHighlight {
    }

    /** The resolver; use {@link #NO_ROUTE}. */
    record NoRoute() implements JourneyHighlight {
    }
}
