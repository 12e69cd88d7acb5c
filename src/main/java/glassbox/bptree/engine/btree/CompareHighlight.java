package glassbox.bptree.engine.btree;

import glassbox.player.Highlight;

/** What a side-by-side step lights up: something in the B-Tree (left) or in the B+Tree (right). */
public sealed interface CompareHighlight extends Highlight {
    /** A B-Tree highlight. */
    record InBtree(BtreeHighlight mark) implements CompareHighlight {
    }

    /** A whole B+Tree node. */
    record PlusNode(long id) implements CompareHighlight {
    }

    /** Key {@code index} of B+Tree node {@code id}. */
    record PlusKey(long id, int index) implements CompareHighlight {
    }

    /** The next link leaving B+Tree leaf {@code id}. */
    record PlusLink(long id) implements CompareHighlight {
    }
}
