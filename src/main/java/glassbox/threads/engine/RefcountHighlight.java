package glassbox.threads.engine;

import glassbox.player.Highlight;

/** A refcount-race step lights a thread's lane (its index) or the object itself (thread -1). */
public record RefcountHighlight(int thread) implements Highlight {
    public static final RefcountHighlight OBJECT = new RefcountHighlight(-1);
}
