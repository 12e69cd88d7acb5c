package glassbox.database.engine;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.Messages;
import glassbox.player.Step;
import glassbox.player.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LostUpdatesTest {
    static TxEvent e(int buyer, TxEventKind kind, long at, int value) {
        return new TxEvent(buyer, 1, kind, at, value, 0);
    }

    /** Buyers 3 and 5 both read 7 and both write 6; buyer 4 reads 6 after 3 committed and writes 5. */
    static List<TxEvent> textbook() {
        return List.of(
                e(3, TxEventKind.START, 0, -1), e(5, TxEventKind.START, 1, -1),
                e(3, TxEventKind.READ, 2, 7), e(5, TxEventKind.READ, 3, 7),
                e(3, TxEventKind.WRITE, 10, 6), e(3, TxEventKind.COMMIT, 11, 6),
                e(5, TxEventKind.WRITE, 12, 6), e(5, TxEventKind.COMMIT, 13, 6),
                e(4, TxEventKind.START, 14, -1), e(4, TxEventKind.READ, 15, 6),
                e(4, TxEventKind.WRITE, 16, 5), e(4, TxEventKind.COMMIT, 17, 5));
    }

    @Test
    void findsTheTextbookLostUpdate() {
        List<LostUpdate> lost = LostUpdates.find(7, textbook());
        assertThat(lost).containsExactly(new LostUpdate(5, 7, 6, List.of(3), true));
    }

    @Test
    void aStaleWriteAfterSeveralCommitsNamesThemAll() {
        List<TxEvent> events = List.of(
                e(1, TxEventKind.READ, 0, 9), e(2, TxEventKind.READ, 1, 9),
                e(2, TxEventKind.WRITE, 2, 8), e(2, TxEventKind.COMMIT, 3, 8),
                e(3, TxEventKind.READ, 4, 8), e(3, TxEventKind.WRITE, 5, 7), e(3, TxEventKind.COMMIT, 6, 7),
                e(1, TxEventKind.WRITE, 7, 8), e(1, TxEventKind.COMMIT, 8, 8));
        assertThat(LostUpdates.find(9, events)).containsExactly(new LostUpdate(1, 9, 8, List.of(2, 3), false));
    }

    @Test
    void serialWritesLoseNothing() {
        List<TxEvent> events = List.of(
                e(1, TxEventKind.READ, 0, 2), e(1, TxEventKind.WRITE, 1, 1), e(1, TxEventKind.COMMIT, 2, 1),
                e(2, TxEventKind.READ, 3, 1), e(2, TxEventKind.WRITE, 4, 0), e(2, TxEventKind.COMMIT, 5, 0));
        assertThat(LostUpdates.find(2, events)).isEmpty();
    }

    /** The replay of the textbook run, narrated in English, matches the golden file. */
    @Test
    void narratesTheReplay() throws IOException {
        List<TxEvent> events = textbook();
        LockParams p = new LockParams(LockStrategy.NONE, 7, 3, 2, 1);
        LockResult r = new LockResult(p, 5, 3, 0, 1, 0, 0, 0, 0, 1, events, LostUpdates.find(7, events), List.of());
        Trace<LockFrame> trace = LockTrace.of(r);
        Messages en = new Messages(Locale.ENGLISH);
        String text = trace.steps().stream()
                .map(s -> s.line() + " " + (s.event() == null ? "-" : s.event().id()) + " " + en.format(s.narration()))
                .collect(Collectors.joining("\n")) + "\n";
        Path golden = Path.of("src/test/resources/glassbox/database/textbook-replay.txt");
        if (Boolean.getBoolean("glassbox.golden.update")) {
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(text).contains("buyers 3 and 5 both read 7 and both wrote 6");
        Messages zh = new Messages(Messages.CHINESE);
        for (Step<LockFrame> s : trace.steps()) {
            assertThat(en.has(s.narration().key())).isTrue();
            assertThat(zh.format(s.narration())).doesNotContain("!database");
        }
        assertThat(trace.steps()).filteredOn(s -> s.event() == LockMarker.LOST_UPDATE).hasSize(1);
        assertThat(glassbox.core.Json.write(trace)).contains("\"kind\" : \"WRITE\"").contains("LOST_UPDATE");
    }
}
