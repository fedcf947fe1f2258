package org.akhbar.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.akhbar.arabic.SegmentedText;
import org.akhbar.entity.EntityMatcher;
import org.akhbar.entity.Gazetteer;
import org.akhbar.entity.Mention;
import org.akhbar.ner.NerModel;

/**
 * The entities of an article's text as one layer: the gazetteer's matches and, when the learned tagger is on, the
 * people and places it finds beside them. The tagger reads the text first, so that its reading
 * also decides the gazetteer names that are common words ({@code مالي} in {@code فساد مالي}, {@code الكاف}).
 * Not thread-safe, like the matcher.
 */
public final class EntityLayer {
    /** The gazetteer's mentions (which the source resolver reads) and every mention, in text order. */
    public record Found(List<Mention> gazetteer, List<Mention> all) {
    }

    private final Gazetteer gazetteer;
    private final EntityMatcher matcher;
    private final boolean learnedEntities;
    private LearnedMentions learned;

    public EntityLayer(Gazetteer gazetteer, boolean learnedEntities) {
        this.gazetteer = gazetteer;
        this.matcher = new EntityMatcher(gazetteer);
        this.learnedEntities = learnedEntities;
    }

    /** The layer with learned entities from {@code model} instead of the bundled tagger. */
    public EntityLayer(Gazetteer gazetteer, NerModel model) {
        this(gazetteer, true);
        this.learned = TaggerCache.of(gazetteer, model);
    }

    public Found find(SegmentedText text) {
        if (!learnedEntities) {
            List<Mention> mentions = matcher.find(text);
            return new Found(mentions, mentions);
        }
        if (learned == null) {
            learned = TaggerCache.get(gazetteer);
        }
        LearnedMentions.TaggedText tagged = learned.tag(text);
        List<Mention> known = matcher.find(text, tagged);
        List<Mention> all = new ArrayList<>(known);
        all.addAll(learned.find(text, tagged, known));
        all.sort(Comparator.comparingInt(Mention::position));
        return new Found(known, all);
    }
}
