package glassbox.threads.engine;

/**
 * What one step of the refcount race shows: the race and how many micro-ops have run
 * ({@code done}); the object's count, each thread's register and progress follow from them.
 */
public record RefcountFrame(RefcountRace.Result race, int done) {
    /** ob_refcnt in memory now. */
    public int count() {
        return done == 0 ? race.start() : race.steps().get(done - 1).count();
    }

    /** The register of thread {@code t} (its value after its last micro-op), or null before its first load. */
    public Integer reg(int t) {
        for (int i = done - 1; i >= 0; i--) {
            RefcountRace.Step s = race.steps().get(i);
            if (s.threadIndex() == t) {
                return s.reg();
            }
        }
        return null;
    }

    /** How many micro-ops thread {@code t} has run. */
    public int progress(int t) {
        int p = 0;
        for (int i = 0; i < done; i++) {
            if (race.steps().get(i).threadIndex() == t) {
                p++;
            }
        }
        return p;
    }

    /** True once a store has freed the object (count 0 while references are still held). */
    public boolean freed() {
        for (int i = 0; i < done; i++) {
            if (race.steps().get(i).event() == RefcountRace.Event.FREED) {
                return true;
            }
        }
        return false;
    }

    /** The step just run, or null at the start. */
    public RefcountRace.Step last() {
        return done == 0 ? null : race.steps().get(done - 1);
    }

    /** True on the final step: the outcome (final count, lost updates) may be shown. */
    public boolean finished() {
        return done == race.steps().size();
    }
}
