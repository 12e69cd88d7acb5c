package glassbox.bptree.engine;

import glassbox.player.Trace;

/** An operation's result together with the steps that produced it. */
public record Traced<R>(R result, Trace<BptreeFrame> trace) {
}
