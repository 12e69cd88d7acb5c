package glassbox.bptree.engine.innodb;

/**
 * One step of a lookup: the query, the two structures shown (clustered and secondary index, or
 * MyISAM's index and data file), whether the path has crossed from the first to the second, and
 * how many pages it has read.
 *
 * @param crossFrom page the dashed path starts at (the secondary or index leaf), or -1
 * @param crossTo   page it ends at (clustered root or data block), or -1
 */
public record InnodbFrame(InnodbQuery query, InnodbLayout layout, int crossFrom, int crossTo, int pagesRead) {
}
