package glassbox.bptree.engine.innodb;

/** A row of the sample table {@code user(id BIGINT PRIMARY KEY, name VARCHAR(20), age INT)}. */
public record Row(long id, String name, int age) {
}
