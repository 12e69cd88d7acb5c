package glassbox.player;

/**
 * Something a step lights up in the drawing: a node, a key, a lane, a hook. Topics implement it
 * with small records (e.g. a node id), so a view matches on the type instead of parsing strings.
 */
public interface Highlight {
}
