package glassbox.bptree.engine.btree;

import glassbox.bptree.engine.BptreeFrame;

/**
 * One side-by-side step: the B-Tree's state and the B+Tree's state at the same moment (a side
 * that has finished keeps showing its last state), and the facts of both trees.
 */
public record CompareFrame(BtreeFrame btree, BptreeFrame bptree, boolean btreeDone, boolean bptreeDone,
                           TreeFacts btreeFacts, TreeFacts bptreeFacts) {
}
