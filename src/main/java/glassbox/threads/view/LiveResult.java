package glassbox.threads.view;

import glassbox.threads.engine.Schedule;

/** The two live runs of one workload: under a real new-GIL lock and free on the machine's cores. */
public record LiveResult(double scale, Schedule gil, Schedule nogil) {
}
