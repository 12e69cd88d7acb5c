package glassbox.bptree.engine.btree;

/**
 * The numbers the side-by-side strip compares.
 *
 * @param height       levels (0 when empty)
 * @param nodes        nodes, leaves included
 * @param keysStored   key entries in all nodes (a B+Tree stores separator copies above its leaves)
 * @param minPerNode   fewest keys in a node
 * @param maxPerNode   most keys in a node
 * @param valuesInLeavesOnly true for a B+Tree: values (rows) live in the leaves only
 */
public record TreeFacts(int height, int nodes, int keysStored, int minPerNode, int maxPerNode,
                        boolean valuesInLeavesOnly) {
    public double averagePerNode() {
        return nodes == 0 ? 0 : keysStored / (double) nodes;
    }
}
