package computequest.story;

import java.util.BitSet;

/**
 * The checker's compact view of the story graph: scenes numbered in story order, and the edges {@link StoryGraph}
 * has (each choice with a target, then each goal that moves the player) as arrays of scene numbers, -1 for a target
 * that is no scene. Sets of scenes are bit sets. On 100,000 scenes this replaces a few million hash-map entries and
 * edge records with a few arrays.
 */
final class SceneIndex {
    final Scene[] scenes;
    /** Scene {@code i}'s edges are {@code to[from[i]]} up to {@code to[from[i + 1]]}. */
    private final int[] from;
    private final int[] to;
    private final String[] keys;
    private final int[] values;

    SceneIndex(Story story) {
        scenes = story.scenes().values().toArray(new Scene[0]);
        int n = scenes.length;
        keys = new String[Integer.highestOneBit(Math.max(4, n * 2)) << 1];
        values = new int[keys.length];
        for (int i = 0; i < n; i++) {
            put(scenes[i].id(), i);
        }
        // One pass over each scene's choices and goals (a first pass to count them was a tenth of the check).
        from = new int[n + 1];
        int[] edges = new int[Math.max(16, 3 * n)];
        int k = 0;
        for (int i = 0; i < n; i++) {
            from[i] = k;
            Scene s = scenes[i];
            for (Choice c : s.choices()) {
                if (c.target() != null) {
                    edges = room(edges, k);
                    edges[k++] = number(c.target());
                }
            }
            for (Goal g : s.goals()) {
                if (!g.isCheck()) {
                    edges = room(edges, k);
                    edges[k++] = number(g.target());
                }
            }
        }
        from[n] = k;
        to = java.util.Arrays.copyOf(edges, k);
    }

    private static int[] room(int[] a, int k) {
        return k < a.length ? a : java.util.Arrays.copyOf(a, 2 * a.length);
    }

    private int slot(String id) {
        int h = id.hashCode();
        return (h ^ h >>> 16) & (keys.length - 1);
    }

    private void put(String id, int n) {
        int i = slot(id);
        while (keys[i] != null) {
            i = (i + 1) & (keys.length - 1);
        }
        keys[i] = id;
        values[i] = n;
    }

    /** The scene's number, or -1 when no scene has this id. */
    int number(String id) {
        if (id == null) {
            return -1;
        }
        for (int i = slot(id); keys[i] != null; i = (i + 1) & (keys.length - 1)) {
            if (keys[i].equals(id)) {
                return values[i];
            }
        }
        return -1;
    }

    int size() {
        return scenes.length;
    }

    boolean hasEdges(int scene) {
        return from[scene + 1] > from[scene];
    }

    /**
     * Marks in {@code seen} every scene reachable from {@code start} that it did not hold, {@code start} included;
     * returns how many it marked (0 when {@code start} is -1 or already marked).
     */
    int reach(int start, BitSet seen) {
        if (start < 0 || seen.get(start)) {
            return 0;
        }
        int[] queue = new int[8];
        int head = 0;
        int tail = 0;
        seen.set(start);
        queue[tail++] = start;
        while (head < tail) {
            int s = queue[head++];
            for (int e = from[s]; e < from[s + 1]; e++) {
                int t = to[e];
                if (t >= 0 && !seen.get(t)) {
                    seen.set(t);
                    if (tail == queue.length) {
                        queue = java.util.Arrays.copyOf(queue, queue.length * 2);
                    }
                    queue[tail++] = t;
                }
            }
        }
        return tail;
    }

    /** Scenes some edge from another scene leads to. */
    BitSet linked() {
        BitSet out = new BitSet(size());
        for (int s = 0; s < size(); s++) {
            for (int e = from[s]; e < from[s + 1]; e++) {
                if (to[e] >= 0 && to[e] != s) {
                    out.set(to[e]);
                }
            }
        }
        return out;
    }

    /** The edges reversed, in the same layout: {@code [from, to]} where scene {@code i}'s sources are listed. */
    int[][] reversed() {
        int n = size();
        int[] start = new int[n + 1];
        for (int t : to) {
            if (t >= 0) {
                start[t + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = start.clone();
        int[] sources = new int[start[n]];
        for (int s = 0; s < n; s++) {
            for (int e = from[s]; e < from[s + 1]; e++) {
                if (to[e] >= 0) {
                    sources[fill[to[e]]++] = s;
                }
            }
        }
        return new int[][] {start, sources};
    }

    /**
     * Each scene's strongly connected component: two scenes have the same number exactly when each can be reached from
     * the other. Tarjan's algorithm with an explicit stack, linear in scenes and edges (a search per question was
     * quadratic: 150 s for a 100,000-scene chain).
     */
    int[] components() {
        int n = size();
        int[] comp = new int[n];
        int[] order = new int[n];
        int[] low = new int[n];
        java.util.Arrays.fill(comp, -1);
        java.util.Arrays.fill(order, -1);
        int[] stack = new int[n];
        int[] callScene = new int[n];
        int[] callEdge = new int[n];
        int top = 0;
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            int depth = 0;
            callScene[0] = root;
            callEdge[0] = from[root];
            order[root] = low[root] = counter++;
            stack[top++] = root;
            while (depth >= 0) {
                int s = callScene[depth];
                if (callEdge[depth] < from[s + 1]) {
                    int t = to[callEdge[depth]++];
                    if (t < 0) {
                        continue;
                    }
                    if (order[t] < 0) {
                        order[t] = low[t] = counter++;
                        stack[top++] = t;
                        depth++;
                        callScene[depth] = t;
                        callEdge[depth] = from[t];
                    } else if (comp[t] < 0) {
                        low[s] = Math.min(low[s], order[t]);
                    }
                    continue;
                }
                if (low[s] == order[s]) {
                    int t;
                    do {
                        t = stack[--top];
                        comp[t] = components;
                    } while (t != s);
                    components++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callScene[depth];
                    low[parent] = Math.min(low[parent], low[s]);
                }
            }
        }
        return comp;
    }
}
