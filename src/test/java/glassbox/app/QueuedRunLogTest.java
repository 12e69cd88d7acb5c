package glassbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.store.Run;
import glassbox.store.Store;
import org.junit.jupiter.api.Test;

class QueuedRunLogTest {
    @Test
    void runsFinishedBeforeTheStoreOpensAreWrittenInOrderWhenItOpens() throws Exception {
        QueuedRunLog log = new QueuedRunLog();
        log.save("database", "{\"n\":1}", "{}");
        log.save("threads", "{\"n\":2}", "{}");
        assertThat(log.queued()).isEqualTo(2);
        try (Store s = Store.inMemory()) {
            log.opened(s);
            assertThat(log.queued()).isZero();
            log.save("bptree", "{\"n\":3}", "{}");
            assertThat(s.runs(null, 10)).extracting(Run::topic).containsExactly("bptree", "threads", "database");
        }
    }
}
