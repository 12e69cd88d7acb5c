package glassbox.bptree.engine;

/** The user-level B+Tree operations, with the bundle key of the pseudo-code each one steps through. */
public enum Operation {
    INSERT(CodeLines.Insert.CODE),
    DELETE(CodeLines.Delete.CODE),
    SEARCH(CodeLines.Search.CODE),
    RANGE(CodeLines.Range.CODE),
    BULK_LOAD(CodeLines.Bulk.CODE);

    private final String codeKey;

    Operation(String codeKey) {
        this.codeKey = codeKey;
    }

    public String codeKey() {
        return codeKey;
    }
}
