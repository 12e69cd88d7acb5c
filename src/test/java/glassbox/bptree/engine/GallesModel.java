package glassbox.bptree.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A literal, slow port of the reference's logic (USFCA BPlusTree.js: insert, insertRepair, split,
 * doDelete, repairAfterDelete, stealFromLeft/Right, mergeRight) with parent pointers and linear
 * scans, kept independent of the engine so the two can be compared on random sequences. A null
 * key stands for the reference's transient "" separator.
 */
final class GallesModel {
    static final class N {
        List<Integer> keys = new ArrayList<>();
        List<N> children = new ArrayList<>();
        N parent;
        N next;
        boolean isLeaf = true;
    }

    final int maxKeys;
    final int minKeys;
    final int splitIndex;
    N root;

    GallesModel(int degree) {
        maxKeys = degree - 1;
        minKeys = (degree + 1) / 2 - 1;
        splitIndex = degree / 2;
    }

    boolean contains(int v) {
        N t = root;
        while (t != null) {
            int i = 0;
            while (i < t.keys.size() && t.keys.get(i) < v) {
                i++;
            }
            if (i == t.keys.size()) {
                if (t.isLeaf) {
                    return false;
                }
                t = t.children.get(t.keys.size());
            } else if (t.keys.get(i) > v) {
                if (t.isLeaf) {
                    return false;
                }
                t = t.children.get(i);
            } else {
                if (t.isLeaf) {
                    return true;
                }
                t = t.children.get(i + 1);
            }
        }
        return false;
    }

    void insert(int v) {
        if (root == null) {
            root = new N();
            root.keys.add(v);
            return;
        }
        N t = root;
        while (!t.isLeaf) {
            int i = 0;
            while (i < t.keys.size() && t.keys.get(i) < v) {
                i++;
            }
            t = t.children.get(i);
        }
        int idx = t.keys.size();
        while (idx > 0 && t.keys.get(idx - 1) > v) {
            idx--;
        }
        t.keys.add(idx, v);
        insertRepair(t);
    }

    private void insertRepair(N t) {
        if (t.keys.size() <= maxKeys) {
            return;
        }
        if (t.parent == null) {
            root = split(t);
        } else {
            insertRepair(split(t));
        }
    }

    private N split(N t) {
        N right = new N();
        int rising = t.keys.get(splitIndex);
        int rightSplit = t.isLeaf ? splitIndex : splitIndex + 1;
        if (t.isLeaf) {
            right.next = t.next;
            t.next = right;
        } else {
            right.isLeaf = false;
            for (int i = rightSplit; i < t.children.size(); i++) {
                N c = t.children.get(i);
                right.children.add(c);
                c.parent = right;
            }
            t.children.subList(rightSplit, t.children.size()).clear();
        }
        right.keys.addAll(t.keys.subList(rightSplit, t.keys.size()));
        t.keys.subList(splitIndex, t.keys.size()).clear();
        if (t.parent != null) {
            N p = t.parent;
            int pi = p.children.indexOf(t);
            p.keys.add(pi, rising);
            p.children.add(pi + 1, right);
            right.parent = p;
            return p;
        }
        N r = new N();
        r.isLeaf = false;
        r.keys.add(rising);
        r.children.add(t);
        r.children.add(right);
        t.parent = r;
        right.parent = r;
        root = r;
        return r;
    }

    void delete(int v) {
        doDelete(root, v);
        if (root != null && root.keys.isEmpty()) {
            root = root.isLeaf ? null : root.children.get(0);
            if (root != null) {
                root.parent = null;
            }
        }
    }

    private static boolean eq(Integer a, int v) {
        return a != null && a == v;
    }

    private static boolean lt(Integer a, int v) {
        return a != null && a < v;
    }

    private void doDelete(N t, int v) {
        if (t == null) {
            return;
        }
        int i = 0;
        while (i < t.keys.size() && lt(t.keys.get(i), v)) {
            i++;
        }
        if (i == t.keys.size()) {
            if (!t.isLeaf) {
                doDelete(t.children.get(t.keys.size()), v);
            }
        } else if (!t.isLeaf && eq(t.keys.get(i), v)) {
            doDelete(t.children.get(i + 1), v);
        } else if (!t.isLeaf) {
            doDelete(t.children.get(i), v);
        } else if (eq(t.keys.get(i), v)) {
            t.keys.remove(i);
            if (i == 0 && t.parent != null) {
                Integer nextSmallest = null;
                N p = t.parent;
                int pi = p.children.indexOf(t);
                if (t.keys.isEmpty()) {
                    if (pi != p.keys.size()) {
                        nextSmallest = p.children.get(pi + 1).keys.get(0);
                    }
                } else {
                    nextSmallest = t.keys.get(0);
                }
                while (p != null) {
                    if (pi > 0 && eq(p.keys.get(pi - 1), v)) {
                        p.keys.set(pi - 1, nextSmallest);
                    }
                    N gp = p.parent;
                    pi = gp == null ? 0 : gp.children.indexOf(p);
                    p = gp;
                }
            }
            repairAfterDelete(t);
        }
    }

    private void repairAfterDelete(N t) {
        if (t.keys.size() >= minKeys) {
            return;
        }
        if (t.parent == null) {
            if (t.keys.isEmpty()) {
                root = t.isLeaf ? null : t.children.get(0);
                if (root != null) {
                    root.parent = null;
                }
            }
            return;
        }
        N p = t.parent;
        int pi = p.children.indexOf(t);
        if (pi > 0 && p.children.get(pi - 1).keys.size() > minKeys) {
            stealFromLeft(t, pi);
        } else if (pi < p.keys.size() && p.children.get(pi + 1).keys.size() > minKeys) {
            stealFromRight(t, pi);
        } else if (pi == 0) {
            repairAfterDelete(mergeRight(t).parent);
        } else {
            repairAfterDelete(mergeRight(p.children.get(pi - 1)).parent);
        }
    }

    private N mergeRight(N t) {
        N p = t.parent;
        int pi = p.children.indexOf(t);
        N r = p.children.get(pi + 1);
        if (!t.isLeaf) {
            t.keys.add(p.keys.get(pi));
        }
        t.keys.addAll(r.keys);
        if (!t.isLeaf) {
            for (N c : r.children) {
                t.children.add(c);
                c.parent = t;
            }
        } else {
            t.next = r.next;
        }
        p.children.remove(pi + 1);
        p.keys.remove(pi);
        return t;
    }

    private void stealFromRight(N t, int pi) {
        N p = t.parent;
        N r = p.children.get(pi + 1);
        if (t.isLeaf) {
            t.keys.add(r.keys.get(0));
            p.keys.set(pi, r.keys.get(1));
        } else {
            t.keys.add(p.keys.get(pi));
            p.keys.set(pi, r.keys.get(0));
            N c = r.children.remove(0);
            t.children.add(c);
            c.parent = t;
        }
        r.keys.remove(0);
    }

    private void stealFromLeft(N t, int pi) {
        N p = t.parent;
        N l = p.children.get(pi - 1);
        Integer last = l.keys.get(l.keys.size() - 1);
        if (t.isLeaf) {
            t.keys.add(0, last);
            p.keys.set(pi - 1, last);
        } else {
            t.keys.add(0, p.keys.get(pi - 1));
            p.keys.set(pi - 1, last);
            N c = l.children.remove(l.children.size() - 1);
            t.children.add(0, c);
            c.parent = t;
        }
        l.keys.remove(l.keys.size() - 1);
    }

    Object toJson() {
        return root == null ? null : json(root);
    }

    private static Map<String, Object> json(N t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("keys", new ArrayList<>(t.keys));
        if (!t.isLeaf) {
            List<Object> kids = new ArrayList<>();
            t.children.forEach(c -> kids.add(json(c)));
            m.put("children", kids);
        }
        return m;
    }
}
