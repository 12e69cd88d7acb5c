package glassbox.threads.engine;

import glassbox.player.Highlight;

/** A step lights a thread's lane: run 0 (or 1 in compare mode) and the thread's index. */
public record ThreadHighlight(int run, int thread) implements Highlight {
}
