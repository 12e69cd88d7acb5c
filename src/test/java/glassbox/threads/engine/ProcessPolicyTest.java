package glassbox.threads.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The process policy against worked figures: start cost, then CPU work in parallel on the cores. */
class ProcessPolicyTest {
    private static SimSettings process(int cores, String startMs) {
        return SimSettings.parse(Policy.PROCESS, "5", cores, "0", startMs);
    }

    @Test
    void twoCpuBoundWorkersOnTwoCoresTakeTheStartCostPlusOneBurst() {
        // each process starts for 30 ms, then both run 100 ms at once: 130 ms (threads under the GIL: 200)
        Schedule s = Simulator.run(Workload.of("T1=cpu:100", "T2=cpu:100"), process(2, "30"));
        assertThat(s.wallMs()).isEqualTo(130.0);
        assertThat(s.handoffs()).isZero();
        assertThat(s.stats("T1").cpuMs()).isEqualTo(100.0);
        assertThat(s.stats("T1").waitMs()).as("starting counts as waiting").isEqualTo(30.0);
        assertThat(s.stats("T2").endMs()).isEqualTo(130.0);
        assertThat(Simulator.run(Workload.of("T1=cpu:100", "T2=cpu:100"), SimSettings.of(Policy.GIL)).wallMs())
                .isEqualTo(200.0);
    }

    @Test
    void moreWorkersThanCoresQueueForACore() {
        // W1, W2 run 30..130; W3 waits for a core until 130 and runs to 230
        Schedule s = Simulator.run(Workload.of("W1=cpu:100", "W2=cpu:100", "W3=cpu:100"), process(2, "30"));
        assertThat(s.wallMs()).isEqualTo(230.0);
        assertThat(s.stats("W3").waitMs()).isEqualTo(130.0);
    }

    @Test
    void theRuleOfThumbAndWhereItBreaks() {
        Workload cpu = Preset.CPU_PROCESSES.workload();
        SimSettings s = Preset.CPU_PROCESSES.settings();
        // CPU-bound, 4 × 200 ms on 4 cores: processes 30 + 200 = 230; threads under the GIL 800
        assertThat(Simulator.run(cpu, s).wallMs()).isEqualTo(230.0);
        assertThat(Simulator.run(cpu, s.withPolicy(Policy.GIL)).wallMs()).isEqualTo(800.0);
        assertThat(Simulator.run(cpu, s.withPolicy(Policy.NOGIL)).wallMs()).isEqualTo(200.0);
        // short tasks, 4 × 5 ms: processes 30 + 5 = 35 lose to threads under the GIL (20)
        Workload small = Preset.SHORT_TASKS.workload();
        assertThat(Simulator.run(small, Preset.SHORT_TASKS.settings()).wallMs()).isEqualTo(35.0);
        assertThat(Simulator.run(small, Preset.SHORT_TASKS.settings().withPolicy(Policy.GIL)).wallMs()).isEqualTo(20.0);
        // IO-bound, 4 × 5 × (io 20, cpu 1): threads overlap the io (about 105); processes add the start
        Workload io = Preset.IO_PROCESSES.workload();
        double gil = Simulator.run(io, Preset.IO_PROCESSES.settings().withPolicy(Policy.GIL)).wallMs();
        assertThat(Simulator.run(io, Preset.IO_PROCESSES.settings()).wallMs()).isEqualTo(135.0);
        assertThat(gil).isLessThan(135.0);
    }

    @Test
    void theTraceNarratesTheStartAndLightsTheStartLine() {
        Schedule s = Simulator.run(Workload.of("T1=cpu:10"), process(2, "30"));
        var trace = TraceBuilder.build(s);
        assertThat(trace.codeKey()).isEqualTo("threads.code.process");
        assertThat(trace.step(1).narration().args().get(1).toString()).contains("threads.narr.process.starting");
        assertThat(trace.step(1).line()).isEqualTo(CodeLine.Process.START.line());
        assertThat(trace.step(2).narration().args().get(1).toString()).contains("threads.narr.process.take");
    }
}
