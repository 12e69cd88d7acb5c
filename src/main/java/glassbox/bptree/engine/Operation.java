package glassbox.bptree.engine;

/** The user-level B+Tree operations, with the bundle key of the pseudo-code each one steps through. */
public enum Operation {
    INSERT("bptree.code.insert"),
    DELETE("bptree.code.delete"),
    SEARCH("bptree.code.search"),
    RANGE("bptree.code.range"),
    BULK_LOAD("bptree.code.bulk");

    private final String codeKey;

    Operation(String codeKey) {
        this.codeKey = codeKey;
    }

    public String codeKey() {
        return codeKey;
    }
}
