package glassbox.bptree.engine.innodb;

import glassbox.player.Highlight;

/** What an InnoDB lookup step lights up: a page, or one record in it. */
public sealed interface InnodbHighlight extends Highlight {
    record PageMark(int page) implements InnodbHighlight {
    }

    record RecordMark(int page, int slot) implements InnodbHighlight {
    }
}
