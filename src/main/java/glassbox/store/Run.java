package glassbox.store;

import java.time.Instant;

/** One saved experiment run: which topic, its parameters and results as JSON, and when. */
public record Run(long id, String topic, String paramsJson, String resultsJson, Instant at) {
}
