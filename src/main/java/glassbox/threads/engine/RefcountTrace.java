package glassbox.threads.engine;

import glassbox.core.Narration;
import glassbox.player.Trace;
import java.util.Set;

/** Turns a refcount race into a player trace: an intro, one step per micro-op, and the outcome. */
public final class RefcountTrace {
    public static final String CODE_KEY = "threads.code.refcount";

    private RefcountTrace() {
    }

    public static Trace<RefcountFrame> build(RefcountRace.Result r) {
        Trace.Builder<RefcountFrame> b = Trace.builder(CODE_KEY);
        Narration gilNote = Narration.of(r.gil() ? "threads.rc.gil.on" : "threads.rc.gil.off");
        b.add(new RefcountFrame(r, 0), Narration.of("threads.rc.intro", r.start(), r.threads().size(), gilNote),
                r.gil() ? CodeLine.Refcount.GIL.line() : 0, Set.of(RefcountHighlight.OBJECT));
        int before = r.start();
        int[] loaded = new int[r.threads().size()];
        for (int i = 0; i < r.steps().size(); i++) {
            RefcountRace.Step s = r.steps().get(i);
            Narration n = switch (s.op()) {
                case LOAD -> {
                    loaded[s.threadIndex()] = s.count();
                    yield Narration.of("threads.rc.narr.load", s.thread(), s.reg(), Narration.of(s.refOp() == RefOp.INCREF
                            ? "threads.rc.incref" : "threads.rc.decref"));
                }
                case ADD -> Narration.of("threads.rc.narr.add", s.thread(), s.reg(), s.count());
                case SUB -> Narration.of("threads.rc.narr.sub", s.thread(), s.reg(), s.count());
                case STORE -> s.lost()
                        ? Narration.of("threads.rc.narr.lost", s.thread(), s.reg(), before, loaded[s.threadIndex()])
                        : Narration.of("threads.rc.narr.store", s.thread(), s.reg());
            };
            if (s.event() == RefcountRace.Event.FREED) {
                n = Narration.of("threads.rc.narr.freed", n, r.expected());
            } else if (s.event() == RefcountRace.Event.USE_AFTER_FREE) {
                n = Narration.of("threads.rc.narr.uaf", s.thread(), s.op().id(), n);
            }
            int line = s.event() == RefcountRace.Event.FREED ? CodeLine.Refcount.FREE.line() : s.op().line().line();
            b.add(new RefcountFrame(r, i + 1), n, line,
                    Set.of(new RefcountHighlight(s.threadIndex()), RefcountHighlight.OBJECT), s.event());
            before = s.count();
        }
        Narration outcome = r.lostUpdates() == 0
                ? Narration.of("threads.rc.summary.ok", r.finalCount(), r.expected())
                : Narration.of("threads.rc.summary.lost", r.finalCount(), r.expected(), r.lostUpdates(),
                Narration.of(r.freedEarly() ? "threads.rc.summary.freed"
                        : r.finalCount() < r.expected() ? "threads.rc.summary.low" : "threads.rc.summary.leak"));
        b.add(new RefcountFrame(r, r.steps().size()), Narration.of("threads.rc.summary", outcome,
                Narration.of("threads.rc.freeThreading")), 0, Set.of(RefcountHighlight.OBJECT));
        return b.build();
    }
}
