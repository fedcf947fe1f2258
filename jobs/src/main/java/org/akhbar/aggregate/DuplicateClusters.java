package org.akhbar.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Connected components of duplicate links by union-find, each named by its smallest article id. Runs on the
 * driver: its memory is bounded by the number of duplicate links, a small part of the corpus, and it replaces
 * rounds of distributed label propagation (each a join and a write) with one pass.
 */
final class DuplicateClusters {
    /** One clustered article: the cluster's smallest id, exact when it has an identical copy, its best link. */
    record Member(String articleId, String clusterId, String method, double similarity) {
    }

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Double> best = new HashMap<>();
    private final Map<String, Boolean> exact = new HashMap<>();

    /** Links every article of a group of identical bodies. */
    void addExactGroup(List<String> articleIds) {
        String first = articleIds.get(0);
        for (String other : articleIds) {
            if (!other.equals(first)) {
                add(first, other, 1.0, true);
            }
        }
    }

    void addNear(String a, String b, double similarity) {
        add(a, b, similarity, false);
    }

    private void add(String a, String b, double similarity, boolean identical) {
        for (String id : List.of(a, b)) {
            best.merge(id, similarity, Math::max);
            exact.merge(id, identical, Boolean::logicalOr);
        }
        String rootA = root(a);
        String rootB = root(b);
        if (!rootA.equals(rootB)) {
            // The smaller id becomes the root, so every root is its component's smallest id.
            if (rootA.compareTo(rootB) < 0) {
                parent.put(rootB, rootA);
            } else {
                parent.put(rootA, rootB);
            }
        }
    }

    private String root(String id) {
        String root = id;
        for (String up = parent.get(root); up != null && !up.equals(root); up = parent.get(root)) {
            root = up;
        }
        for (String node = id; !node.equals(root); ) {
            String up = parent.get(node);
            parent.put(node, root);
            node = up;
        }
        return root;
    }

    /** Every linked article, by article id. */
    List<Member> members() {
        List<Member> members = new ArrayList<>();
        for (String id : new TreeMap<>(best).keySet()) {
            members.add(new Member(id, root(id), exact.get(id) ? "exact" : "near", best.get(id)));
        }
        return members;
    }
}
