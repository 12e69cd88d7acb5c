package glassbox.pipeline.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One prepared statement the view ran: its SQL with {@code ?} placeholders, the bound values, rows affected/returned. */
public record SqlCall(String sql, List<Object> params, int rows) {
    public SqlCall {
        params = Collections.unmodifiableList(new ArrayList<>(params)); // values may be null
    }
}
