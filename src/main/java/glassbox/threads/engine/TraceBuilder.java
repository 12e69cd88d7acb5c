package glassbox.threads.engine;

import glassbox.core.Narration;
import glassbox.player.Step;
import glassbox.player.Trace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns simulated schedules into a player trace: an intro step that teaches the policy, one step
 * per event (several events per step only past {@link #MAX_STEPS}), and a summary step. In
 * compare mode the events of both runs are merged in time order.
 */
public final class TraceBuilder {
    /** Beyond this many events a step covers several (level of detail for the scrubber). */
    public static final int MAX_STEPS = 20_000;

    private final List<Schedule> runs;
    private final Replay[] replays;

    private TraceBuilder(List<Schedule> runs) {
        this.runs = List.copyOf(runs);
        this.replays = new Replay[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            replays[r] = new Replay(runs.get(r));
        }
    }

    public static Trace<TimelineFrame> build(Schedule run) {
        return build(List.of(run));
    }

    /** One run, or two in compare mode (merged by time, ties: the first run first). */
    public static Trace<TimelineFrame> build(List<Schedule> runs) {
        return new TraceBuilder(runs).trace();
    }

    private Trace<TimelineFrame> trace() {
        Schedule first = runs.get(0);
        String code = first.policy().codeKey();
        Trace.Builder<TimelineFrame> b = Trace.builder(code);
        b.add(new TimelineFrame(0, -1, 0, null, null, null, 0), intro(), 0, Set.of());
        int total = runs.stream().mapToInt(s -> s.log().size()).sum();
        int group = Math.max(1, (total + MAX_STEPS - 1) / MAX_STEPS);
        int[] next = new int[runs.size()];
        int inGroup = 0;
        int groupStart = 0;
        for (int k = 0; k < total; k++) {
            int r = pickRun(next);
            int e = next[r]++;
            Narration n = replays[r].narrate(e);
            inGroup++;
            if (inGroup == group || k == total - 1) {
                Schedule s = runs.get(r);
                EventLog log = s.log();
                String thread = s.workload().names().get(log.thread(e));
                Narration said = runs.size() > 1
                        ? Narration.of("threads.narr.inRun", Narration.of(s.policy().labelKey()), n) : n;
                if (group > 1) {
                    said = Narration.of("threads.narr.group", inGroup, groupStart + 1, said);
                }
                Narration timed = Narration.of("threads.narr.at", ms(log.time(e)), said);
                Set<ThreadHighlight> lit = new HashSet<>();
                lit.add(new ThreadHighlight(r, log.thread(e)));
                if (log.other(e) >= 0) {
                    lit.add(new ThreadHighlight(r, log.other(e)));
                }
                TimelineFrame f = new TimelineFrame(r, e, log.time(e) / 1e6, thread, log.type(e).id(),
                        replays[r].holderName(), replays[r].handoffs);
                int line = r == 0 ? codeLine(s.policy(), log.type(e), replays[r].lastReason, starting(s, e)) : 0;
                b.add(new Step<>(f, timed, line, lit, log.type(e)));
                inGroup = 0;
                groupStart = k + 1;
            }
        }
        Schedule last = runs.get(runs.size() - 1);
        b.add(new TimelineFrame(runs.size() - 1, last.log().size(), last.wallMs(), null, null, null, last.handoffs()),
                summary(), 0, Set.of());
        return b.build();
    }

    /** True for a process's wait while it is still starting (before the start cost has passed). */
    static boolean starting(Schedule s, int e) {
        return s.policy() == Policy.PROCESS && s.log().type(e) == EventType.WAIT
                && s.log().time(e) < s.settings().startNanos();
    }

    private int pickRun(int[] next) {
        int best = -1;
        for (int r = 0; r < runs.size(); r++) {
            EventLog log = runs.get(r).log();
            if (next[r] < log.size() && (best < 0 || log.time(next[r]) < runs.get(best).log().time(next[best]))) {
                best = r;
            }
        }
        return best;
    }

    private Narration intro() {
        if (runs.size() == 1) {
            return Narration.of(introKey(runs.get(0).policy()), ms(runs.get(0).settings().intervalNanos()),
                    runs.get(0).settings().cores(), runs.get(0).workload().size(), ms(runs.get(0).settings().startNanos()));
        }
        return Narration.of("threads.narr.compare", Narration.of(runs.get(0).policy().labelKey()),
                Narration.of(runs.get(1).policy().labelKey()));
    }

    private Narration summary() {
        List<Object> parts = new ArrayList<>();
        for (Schedule s : runs) {
            parts.add(Narration.of("threads.narr.summary", Narration.of(s.policy().labelKey()), ms(s.wall()),
                    s.handoffs(), ms(s.workload().threads().stream().mapToLong(ThreadSpec::cpuNanos).sum())));
        }
        Schedule s = runs.get(0);
        Narration lesson = Narration.of(lessonKey(s.policy()));
        if (s.lanes().lockBand().size() > 0) {
            lesson = Narration.of("threads.narr.twoLessons", lesson, Narration.of("threads.narr.lesson.lock"));
        }
        if (parts.size() == 1) {
            return Narration.of("threads.narr.summaryLesson", parts.get(0), lesson);
        }
        return Narration.of("threads.narr.summaryCompare", parts.get(0), parts.get(1));
    }

    static String introKey(Policy p) {
        return switch (p) {
            case GIL -> "threads.narr.intro.gil";
            case NOGIL -> "threads.narr.intro.nogil";
            case SERIAL -> "threads.narr.intro.serial";
            case GEVENT -> "threads.narr.intro.gevent";
            case YIELD -> "threads.narr.intro.yield";
            case PROCESS -> "threads.narr.intro.process";
        };
    }

    static String lessonKey(Policy p) {
        return switch (p) {
            case GIL -> "threads.narr.lesson.gil";
            case NOGIL -> "threads.narr.lesson.nogil";
            case SERIAL -> "threads.narr.lesson.serial";
            case GEVENT -> "threads.narr.lesson.gevent";
            case YIELD -> "threads.narr.lesson.yield";
            case PROCESS -> "threads.narr.lesson.process";
        };
    }

    /** Milliseconds as a plain decimal string (no grouping, no float noise). */
    static String ms(long nanos) {
        return java.math.BigDecimal.valueOf(nanos, 6).stripTrailingZeros().toPlainString();
    }

    /** The pseudo-code line an event lights, per policy (see the threads.code.* bundle values). */
    static int codeLine(Policy p, EventType t, Reason reason, boolean starting) {
        boolean shared = t == EventType.LOCK || t == EventType.UNLOCK || t == EventType.LOCK_WAIT;
        CodeLine line = shared ? switch (p) {
            case GIL -> CodeLine.Gil.LOCK;
            case NOGIL -> CodeLine.Nogil.LOCK;
            case PROCESS -> CodeLine.Process.SHARED_VALUE;
            case SERIAL -> CodeLine.Serial.LOCK;
            case GEVENT -> CodeLine.Gevent.LOCK;
            case YIELD -> CodeLine.Yield.LOCK;
        } : switch (p) {
            case GIL -> switch (t) {
                case WAIT -> CodeLine.Gil.WAIT;
                case DROP_REQUEST -> CodeLine.Gil.DROP_REQUEST;
                case ACQUIRE -> CodeLine.Gil.TAKE;
                case RELEASE -> switch (reason) {
                    case DROP -> CodeLine.Gil.DROPPED;
                    case IO -> CodeLine.Gil.IO;
                    case LOCK -> CodeLine.Gil.LOCK;
                    default -> CodeLine.Gil.END;
                };
                case IO_START, IO_END -> CodeLine.Gil.IO;
                default -> CodeLine.Gil.END;
            };
            case NOGIL -> switch (t) {
                case WAIT -> CodeLine.Nogil.WAIT;
                case ACQUIRE -> CodeLine.Nogil.TAKE;
                case IO_START, IO_END -> CodeLine.Nogil.IO;
                case RELEASE, END -> CodeLine.Nogil.END;
                default -> null;
            };
            case PROCESS -> switch (t) {
                case WAIT -> starting ? CodeLine.Process.START : CodeLine.Process.WAIT;
                case ACQUIRE -> CodeLine.Process.TAKE;
                case IO_START, IO_END -> CodeLine.Process.IO;
                case RELEASE, END -> CodeLine.Process.END;
                default -> null;
            };
            case SERIAL -> switch (t) {
                case ACQUIRE, WAIT -> CodeLine.Serial.START;
                case IO_START, IO_END -> CodeLine.Serial.IO;
                case RELEASE, END -> CodeLine.Serial.END;
                default -> null;
            };
            case GEVENT -> switch (t) {
                case WAIT -> CodeLine.Gevent.WAIT;
                case ACQUIRE -> CodeLine.Gevent.SWITCH;
                case IO_START, RELEASE -> CodeLine.Gevent.PARK;
                case IO_END -> CodeLine.Gevent.IO_DONE;
                case END -> CodeLine.Gevent.END;
                default -> null;
            };
            case YIELD -> switch (t) {
                case ACQUIRE -> CodeLine.Yield.NEXT;
                case RELEASE, WAIT -> CodeLine.Yield.YIELD;
                case IO_START, IO_END -> CodeLine.Yield.BLOCKING_SLEEP;
                case END -> CodeLine.Yield.STOP;
                default -> null;
            };
        };
        return line == null ? 0 : line.line();
    }

    /** Why the holder let go, remembered while replaying. */
    enum Reason { NONE, DROP, IO, END, LOCK }

    /** Replays one run's events, keeping what narration needs: holder, hand-offs, why the last release happened. */
    private static final class Replay {
        private final Schedule s;
        private final List<String> names;
        private int holder = -1;
        private int handoffs;
        private Reason lastReason = Reason.NONE;
        private boolean dropPending;

        Replay(Schedule s) {
            this.s = s;
            this.names = s.workload().names();
        }

        String holderName() {
            return holder < 0 ? null : names.get(holder);
        }

        Narration narrate(int e) {
            EventLog log = s.log();
            int t = log.thread(e);
            int o = log.other(e);
            String me = names.get(t);
            String other = o >= 0 ? names.get(o) : "";
            Policy p = s.policy();
            String interval = ms(s.settings().intervalNanos());
            switch (log.type(e)) {
                case ACQUIRE -> {
                    holder = p.usesCores() ? -1 : t;
                    boolean handoff = o >= 0 && o != t && !p.usesCores();
                    if (handoff) {
                        handoffs++;
                    }
                    return acquire(p, me, other, handoff);
                }
                case RELEASE -> {
                    lastReason = dropPending ? Reason.DROP : releaseReason(log, e);
                    dropPending = false;
                    if (holder == t) {
                        holder = -1;
                    }
                    return release(p, me, interval);
                }
                case WAIT -> {
                    if (starting(s, e)) {
                        return Narration.of("threads.narr.process.starting", me, ms(s.settings().startNanos()));
                    }
                    return wait(p, me, other, interval, s.settings().cores());
                }
                case DROP_REQUEST -> {
                    dropPending = true;
                    return Narration.of("threads.narr.gil.drop", me, interval, other);
                }
                case IO_START -> {
                    long d = ioLength(log, e);
                    return Narration.of(p == Policy.YIELD ? "threads.narr.yield.io" : p == Policy.GEVENT
                            ? "threads.narr.gevent.io" : p == Policy.SERIAL ? "threads.narr.serial.io" : "threads.narr.io", me, ms(d));
                }
                case IO_END -> {
                    return Narration.of(p == Policy.GIL ? "threads.narr.gil.ioEnd" : p.usesCores()
                            ? "threads.narr.nogil.ioEnd" : "threads.narr.ioEnd", me);
                }
                case END -> {
                    return Narration.of("threads.narr.end", me, ms(log.time(e)));
                }
                case LOCK -> {
                    return o < 0 ? Narration.of("threads.narr.lock", me, lockNoun(p))
                            : Narration.of("threads.narr.lockHanded", me, lockNoun(p), other, runNoun(p));
                }
                case UNLOCK -> {
                    return Narration.of("threads.narr.unlock", me, lockNoun(p));
                }
                case LOCK_WAIT -> {
                    return Narration.of("threads.narr.lockWait", me, lockNoun(p), other, runNoun(p));
                }
                default -> throw new IllegalStateException();
            }
        }

        /** The shared lock: a multiprocessing.Value's lock between processes, a threading.Lock otherwise. */
        private static Narration lockNoun(Policy p) {
            return Narration.of(p == Policy.PROCESS ? "threads.lock.value" : "threads.lock.thread");
        }

        /** What a thread blocked on the lock gives back and must get again: the GIL or a core. */
        private static Narration runNoun(Policy p) {
            return Narration.of(p.usesCores() ? "threads.lock.core" : "threads.lock.gil");
        }

        private Narration acquire(Policy p, String me, String other, boolean handoff) {
            return switch (p) {
                case GIL -> !handoff ? Narration.of("threads.narr.gil.take", me)
                        : switch (lastReason) {
                            case DROP -> Narration.of("threads.narr.gil.takeForced", me, other, handoffs);
                            case IO -> Narration.of("threads.narr.gil.takeAfterIo", me, other, handoffs);
                            case LOCK -> Narration.of("threads.narr.gil.takeAfterLock", me, other, handoffs);
                            default -> Narration.of("threads.narr.gil.takeAfterEnd", me, other, handoffs);
                        };
                case NOGIL -> Narration.of("threads.narr.nogil.take", me);
                case PROCESS -> Narration.of("threads.narr.process.take", me);
                case SERIAL -> Narration.of("threads.narr.serial.take", me);
                case GEVENT -> Narration.of("threads.narr.gevent.take", me, handoffs);
                case YIELD -> handoff ? Narration.of("threads.narr.yield.take", me, other, handoffs,
                        java.math.BigDecimal.valueOf(s.settings().switchCostNanos(), 3).stripTrailingZeros().toPlainString())
                        : Narration.of("threads.narr.gevent.take", me, handoffs);
            };
        }

        private Narration release(Policy p, String me, String interval) {
            return switch (p) {
                case GIL -> switch (lastReason) {
                    case DROP -> Narration.of("threads.narr.gil.dropped", me);
                    case IO -> Narration.of("threads.narr.gil.releaseIo", me);
                    case LOCK -> Narration.of("threads.narr.gil.releaseLock", me);
                    default -> Narration.of("threads.narr.release", me);
                };
                case NOGIL, PROCESS -> Narration.of("threads.narr.nogil.release", me);
                case GEVENT -> lastReason == Reason.IO ? Narration.of("threads.narr.gevent.release", me)
                        : Narration.of("threads.narr.release", me);
                case YIELD -> lastReason == Reason.END ? Narration.of("threads.narr.release", me)
                        : Narration.of("threads.narr.yield.release", me, interval);
                case SERIAL -> Narration.of("threads.narr.release", me);
            };
        }

        private Narration wait(Policy p, String me, String other, String interval, int cores) {
            return switch (p) {
                case GIL -> Narration.of("threads.narr.gil.wait", me, other, interval);
                case NOGIL, PROCESS -> Narration.of("threads.narr.nogil.wait", me, cores);
                case SERIAL -> Narration.of("threads.narr.serial.wait", me);
                case GEVENT -> Narration.of("threads.narr.gevent.wait", me, other);
                case YIELD -> Narration.of("threads.narr.yield.wait", me);
            };
        }

        /** Why the thread releases: it just blocked on the shared lock, or it starts io or ends at the same instant. */
        private static Reason releaseReason(EventLog log, int e) {
            int t = log.thread(e);
            if (e > 0 && log.thread(e - 1) == t && log.type(e - 1) == EventType.LOCK_WAIT) {
                return Reason.LOCK;
            }
            for (int i = e + 1; i < log.size() && log.time(i) == log.time(e); i++) {
                if (log.thread(i) == t) {
                    if (log.type(i) == EventType.IO_START) {
                        return Reason.IO;
                    }
                    if (log.type(i) == EventType.END) {
                        return Reason.END;
                    }
                }
            }
            return Reason.NONE;
        }

        private static long ioLength(EventLog log, int e) {
            int t = log.thread(e);
            for (int i = e + 1; i < log.size(); i++) {
                if (log.thread(i) == t && log.type(i) == EventType.IO_END) {
                    return log.time(i) - log.time(e);
                }
            }
            return 0;
        }
    }
}
