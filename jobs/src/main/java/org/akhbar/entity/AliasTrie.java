package org.akhbar.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names as sequences of normal words, for longest-match lookup word by word. */
final class AliasTrie implements Serializable {

    /**
     * What a name stands for; {@code rule} is null for a name that is never a common word. {@code rank} orders
     * claims on one spelling: curated entries over library ones, canonical names over aliases.
     */
    record Target(Entity entity, MentionKind kind, Gazetteer.Rule rule, int rank) implements Serializable {
        Target(Entity entity, MentionKind kind, Gazetteer.Rule rule) {
            this(entity, kind, rule, 0);
        }
    }

    static final class Node implements Serializable {
        private final Map<String, Node> next = new HashMap<>(4);
        private final List<Target> targets = new ArrayList<>(1);

        Node child(String word) {
            return next.get(word);
        }

        List<Target> targets() {
            return targets;
        }

        java.util.Set<String> words() {
            return next.keySet();
        }
    }

    private final Node root = new Node();

    void add(List<String> words, Target target) {
        if (words.isEmpty()) {
            return;
        }
        Node node = root;
        for (String w : words) {
            node = node.next.computeIfAbsent(w, k -> new Node());
        }
        for (Target t : node.targets) {
            if (t.entity().id().equals(target.entity().id())) {
                return; // the same entity by another spelling that normalises alike
            }
        }
        int best = node.targets.stream().mapToInt(Target::rank).max().orElse(Integer.MIN_VALUE);
        if (target.rank() > best) {
            node.targets.clear();
        }
        if (target.rank() >= best) {
            node.targets.add(target);
        }
    }

    Node root() {
        return root;
    }
}
