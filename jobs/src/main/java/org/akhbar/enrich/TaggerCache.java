package org.akhbar.enrich;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.akhbar.entity.Gazetteer;
import org.akhbar.ner.NameLexicon;
import org.akhbar.ner.NerModel;

/**
 * One learned tagger per JVM and gazetteer: its weights are decoded from the jar (1.7 MB packed in memory) and its
 * lexicon reads every gazetteer name, so executors load them once and every task reuses them.
 */
final class TaggerCache {
    private static final Map<String, LearnedMentions> CACHE = new ConcurrentHashMap<>();

    private TaggerCache() {
    }

    static LearnedMentions get(Gazetteer gazetteer) {
        return CACHE.computeIfAbsent(gazetteer.version(), v -> of(gazetteer, NerModel.bundled(gazetteer)));
    }

    /** Learned mentions by {@code model}, kept by no cache. */
    static LearnedMentions of(Gazetteer gazetteer, NerModel model) {
        return new LearnedMentions(model, NameLexicon.of(gazetteer), TagVocabularyFiles.curatedNormal());
    }
}
