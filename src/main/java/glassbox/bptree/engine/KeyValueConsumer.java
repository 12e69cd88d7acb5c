package glassbox.bptree.engine;

/** Receives key/value pairs from a range scan without boxing. */
@FunctionalInterface
public interface KeyValueConsumer {
    void accept(int key, int value);
}
