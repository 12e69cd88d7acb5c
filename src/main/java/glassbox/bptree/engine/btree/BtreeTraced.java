package glassbox.bptree.engine.btree;

import glassbox.player.Trace;

/** An operation's result together with the steps that produced it. */
public record BtreeTraced<R>(R result, Trace<BtreeFrame> trace) {
}
