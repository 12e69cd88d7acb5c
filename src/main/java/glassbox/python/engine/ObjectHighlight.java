package glassbox.python.engine;

import glassbox.player.Highlight;

/** A heap object a step lights up, by its drawn id ("o3"). */
public record ObjectHighlight(String id) implements Highlight {
}
