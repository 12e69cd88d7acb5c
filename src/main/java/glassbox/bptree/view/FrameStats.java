package glassbox.bptree.view;

import glassbox.bptree.engine.BptreeFrame;
import glassbox.bptree.engine.NodeSnap;

/** The stats strip's numbers for the frame on screen: keys, height, nodes, fill factor. */
record FrameStats(int keys, int height, int nodes, double fill) {
    private static NodeSnap lastRoot;
    private static FrameStats last;

    /** Counts the frame's tree; the last answer is reused while the same tree is shown. */
    static FrameStats of(BptreeFrame f) {
        NodeSnap root = f.root();
        if (root != null && root == lastRoot) {
            return last;
        }
        long[] acc = new long[3];
        int height = 0;
        for (NodeSnap s : f.forest()) {
            count(s, acc);
            int h = 1;
            for (NodeSnap x = s; !x.leaf(); x = x.children().get(0)) {
                h++;
            }
            height = Math.max(height, h);
        }
        double fill = acc[0] == 0 ? 0 : acc[2] / (double) (acc[0] * (f.order() - 1));
        FrameStats s = new FrameStats((int) acc[1], height, (int) acc[0], fill);
        lastRoot = root;
        last = s;
        return s;
    }

    private static void count(NodeSnap s, long[] acc) {
        acc[0]++;
        acc[2] += s.size();
        if (s.leaf()) {
            acc[1] += s.size();
            return;
        }
        for (NodeSnap c : s.children()) {
            count(c, acc);
        }
    }
}
