package org.akhbar.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores the matcher on an annotated set (see data/eval/GUIDELINES.md): per type, precision, recall and F1 over
 * mention counts per document and entity. Gold mentions name their entity in English; a name is linked to the
 * gazetteer entity of the same type whose English name is equal after folding case, accents and punctuation, or
 * within two edits of it (Zelenskyy/Zelensky); names with no such entity count as misses and are listed. A mention
 * of an entity the learned tagger found, which has no English name, counts for the gold mention written with the
 * same normal words.
 */
public final class EntityEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_NAME_EDITS = 2;

    private final Function<List<String>, List<Mention>> finder;
    private final Map<String, List<Entity>> byFoldedName = new HashMap<>();

    /** Scores the gazetteer's matcher. */
    public EntityEvaluation(Gazetteer gazetteer) {
        this(gazetteer, new EntityMatcher(gazetteer)::find);
    }

    /** Scores {@code finder}, which reads a document's lines (the title first) with {@code gazetteer}. */
    public EntityEvaluation(Gazetteer gazetteer, Function<List<String>, List<Mention>> finder) {
        this.finder = finder;
        for (Entity e : gazetteer.entities()) {
            byFoldedName.computeIfAbsent(fold(e.nameEn()), k -> new ArrayList<>()).add(e);
            for (String other : gazetteer.englishNames(e.id())) {
                byFoldedName.computeIfAbsent(fold(other), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /** Counts of one type. */
    public record Score(String type, long truePositives, long predicted, long gold) {
        public double precision() {
            return predicted == 0 ? 1 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The scores per type, the gold names no entity matched, and per-document differences for reading. */
    public record Report(Map<String, Score> scores, TreeSet<String> unlinkedGoldNames, List<String> differences) {
    }

    public Report evaluate(Reader jsonl) throws IOException {
        Map<String, long[]> counts = new TreeMap<>();
        TreeSet<String> unlinked = new TreeSet<>();
        List<String> differences = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(jsonl)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = JSON.readTree(line);
                Map<String, Integer> gold = new HashMap<>();
                Map<String, String> goldType = new HashMap<>();
                Map<String, String> goldBySurface = new HashMap<>();
                for (JsonNode m : doc.get("mentions")) {
                    String type = m.get("type").asText();
                    String id = link(m.get("name").asText(), type);
                    if (id == null) {
                        unlinked.add(m.get("name").asText() + " (" + type + ")");
                        id = "unlinked:" + m.get("name").asText();
                    }
                    gold.merge(id, 1, Integer::sum);
                    goldType.put(id, type);
                    goldBySurface.putIfAbsent(type + "|" + key(m.get("surface").asText()), id);
                }
                Map<String, Integer> predicted = new HashMap<>();
                Map<String, String> predictedType = new HashMap<>();
                List<String> lines = Arrays.asList(doc.get("text").asText().split("\n"));
                for (Mention m : finder.apply(lines)) {
                    String type = m.entity().type().name();
                    String id = m.kind() == MentionKind.LEARNED
                            ? goldBySurface.getOrDefault(type + "|" + key(m.surface()), m.entity().id())
                            : m.entity().id();
                    predicted.merge(id, 1, Integer::sum);
                    predictedType.put(id, type);
                }
                tally(doc.get("id").asText(), gold, goldType, predicted, predictedType, counts, differences);
            }
        }
        Map<String, Score> scores = new TreeMap<>();
        counts.forEach((type, c) -> scores.put(type, new Score(type, c[0], c[1], c[2])));
        return new Report(scores, unlinked, differences);
    }

    private static void tally(String docId, Map<String, Integer> gold, Map<String, String> goldType,
                              Map<String, Integer> predicted, Map<String, String> predictedType,
                              Map<String, long[]> counts, List<String> differences) {
        for (Map.Entry<String, Integer> g : gold.entrySet()) {
            long[] c = counts.computeIfAbsent(goldType.get(g.getKey()), k -> new long[3]);
            int p = predicted.getOrDefault(g.getKey(), 0);
            c[0] += Math.min(p, g.getValue());
            c[2] += g.getValue();
            if (p < g.getValue()) {
                differences.add(docId + " missed " + (g.getValue() - p) + " × " + g.getKey());
            }
        }
        for (Map.Entry<String, Integer> p : predicted.entrySet()) {
            counts.computeIfAbsent(predictedType.get(p.getKey()), k -> new long[3])[1] += p.getValue();
            int g = gold.getOrDefault(p.getKey(), 0);
            if (p.getValue() > g) {
                differences.add(docId + " extra " + (p.getValue() - g) + " × " + p.getKey());
            }
        }
    }

    private String link(String english, String type) {
        String folded = fold(english);
        for (Entity e : byFoldedName.getOrDefault(folded, List.of())) {
            if (e.type().name().equals(type)) {
                return e.id();
            }
        }
        String best = null;
        int bestEdits = MAX_NAME_EDITS + 1;
        for (Map.Entry<String, List<Entity>> entry : byFoldedName.entrySet()) {
            if (Math.abs(entry.getKey().length() - folded.length()) > MAX_NAME_EDITS) {
                continue;
            }
            int edits = editDistance(entry.getKey(), folded);
            if (edits < bestEdits) {
                for (Entity e : entry.getValue()) {
                    if (e.type().name().equals(type)) {
                        best = e.id();
                        bestEdits = edits;
                    }
                }
            }
        }
        return best;
    }

    private static String key(String arabic) {
        return String.join(" ", Gazetteer.normalWords(arabic));
    }

    static String fold(String english) {
        return Normalizer.normalize(english, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+]", "");
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
