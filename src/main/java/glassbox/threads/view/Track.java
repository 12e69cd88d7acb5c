package glassbox.threads.view;

import glassbox.threads.engine.Schedule;

/**
 * One schedule drawn on the timeline, with its title and a short label for the chart: the simulation (run 0, or 0 and 1 when
 * comparing) or a live run ({@code run} -1: the player's cursor only passes over it).
 */
public record Track(Schedule schedule, String title, String label, int run) {
}
