package glassbox.bptree.engine;

/**
 * The numbers the stats strip shows.
 *
 * @param keys   keys stored
 * @param height levels (0 for an empty tree, 1 for a lone leaf)
 * @param nodes  nodes, leaves included
 * @param leaves leaf nodes
 * @param fill   keys held by all nodes over the room they have (nodes × (D − 1)), 0..1
 */
public record TreeStats(int keys, int height, int nodes, int leaves, double fill) {
}
