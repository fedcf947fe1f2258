package org.akhbar.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.akhbar.arabic.ArabicTokenizer.Word;
import org.akhbar.arabic.Nisba;
import org.akhbar.arabic.Proclitics;
import org.akhbar.arabic.SegmentedText;
import org.akhbar.article.Blanks;
import org.akhbar.entity.Entity;
import org.akhbar.entity.EntityMatcher;
import org.akhbar.entity.EntityType;
import org.akhbar.entity.LearnedEntityIds;
import org.akhbar.entity.Mention;
import org.akhbar.entity.MentionKind;
import org.akhbar.ner.NameLexicon;
import org.akhbar.ner.NerLabels;
import org.akhbar.ner.NerModel;
import org.akhbar.ner.SpanScores;
import org.akhbar.ner.TokenFeatures;

/**
 * The people, places and organisations the tagger finds that the gazetteer did not: spans of the learned model
 * over the title and each paragraph, outside every gazetteer mention, whose normal form is no gazetteer name (the
 * gazetteer's rules, which drop ambiguous names, keep the last word on those) and no topic tag of the curated
 * vocabulary (the tagger reads فيروس كورونا الذي as a person). A person's span keeps what {@link PersonSpans}
 * says is a name; an organisation stands only as {@link OrganisationSpans} allows (the tagger's organisations
 * alone are right 0.76 of the time on the development split). Each becomes an entity of its own with an id derived
 * from its type and normal form, so the same name gets the same id in every article, run and machine; within an
 * article a later bare surname or given name links to the full name read before it.
 */
final class LearnedMentions {
    /** Marks a clause break for the tagger, which was trained on text with its punctuation. */
    private static final String BREAK = "،";
    /** Shorter last words (علي، حسن) are too often words of their own to stand for a person alone. */
    private static final int MIN_SURNAME_CHARS = 4;

    private final NerModel model;
    private final NameLexicon lexicon;
    private final PersonSpans personSpans;
    private final OrganisationSpans organisationSpans;
    private final DescriptiveOrganisations descriptive = new DescriptiveOrganisations();
    private final Set<String> topics;
    private final int maxTopicWords;

    /** @param topics normal forms of topic tags (فيروس كورونا), which are never names */
    LearnedMentions(NerModel model, NameLexicon lexicon, Set<String> topics) {
        this.model = model;
        this.lexicon = lexicon;
        this.personSpans = new PersonSpans(lexicon);
        this.organisationSpans = new OrganisationSpans(lexicon, personSpans);
        this.topics = topics;
        this.maxTopicWords = topics.stream().mapToInt(t -> t.split(" ").length).max().orElse(0);
    }

    /**
     * The tagger's labels of an article, segment by segment over its words and punctuation ({@code wordAt}: the
     * word of each token, -1 for a mark); as a {@link EntityMatcher.Reading}, the type it gives each word.
     */
    record TaggedText(List<int[]> labels, List<int[]> wordAt, EntityType[] typeByPosition)
            implements EntityMatcher.Reading {
        @Override
        public EntityType typeAt(int position) {
            return position < typeByPosition.length ? typeByPosition[position] : null;
        }
    }

    /**
     * Tags every segment of a text over its words and the punctuation between them, each mark a token, as the
     * tagger was trained (CoNLL text keeps its brackets, quotes and dashes); where the words carry no text around
     * them, a clause mark stands where a clause breaks.
     */
    TaggedText tag(SegmentedText text) {
        List<int[]> allLabels = new ArrayList<>(text.size());
        List<int[]> allWordAt = new ArrayList<>(text.size());
        List<EntityType> types = new ArrayList<>();
        for (int s = 0; s < text.size(); s++) {
            List<Word> words = text.words(s);
            List<String> tokens = new ArrayList<>();
            List<String> normal = new ArrayList<>();
            int[] tokenOf = new int[words.size()];
            for (int i = 0; i < words.size(); i++) {
                Word word = words.get(i);
                Word previous = i == 0 ? null : words.get(i - 1);
                if (previous != null && previous.text() != word.text()) {
                    if (word.breakBefore()) {
                        tokens.add(BREAK);
                        normal.add(BREAK);
                    }
                } else {
                    addPunctuation(word.text(), previous == null ? 0 : previous.end(), word.start(), tokens, normal);
                }
                tokenOf[i] = tokens.size();
                tokens.add(word.surface());
                normal.add(word.normal());
            }
            if (!words.isEmpty()) {
                Word last = words.get(words.size() - 1);
                addPunctuation(last.text(), last.end(), last.text().length(), tokens, normal);
            }
            int[] wordAt = new int[tokens.size()];
            Arrays.fill(wordAt, -1);
            for (int i = 0; i < words.size(); i++) {
                wordAt[tokenOf[i]] = i;
            }
            int[] labels = model.tag(TokenFeatures.Words.of(tokens.toArray(String[]::new),
                    normal.toArray(String[]::new)));
            for (int i = 0; i < words.size(); i++) {
                int type = NerLabels.type(labels[tokenOf[i]]);
                types.add(type < 0 ? null : entityType(type));
            }
            allLabels.add(labels);
            allWordAt.add(wordAt);
        }
        return new TaggedText(allLabels, allWordAt, types.toArray(EntityType[]::new));
    }

    /**
     * Every mark of punctuation in {@code text[from, to)}, a token each, as CoNLL text is cut and written; spaces of
     * any kind and format marks (no-break space, RLM, ZWNJ) are none.
     */
    private static void addPunctuation(String text, int from, int to, List<String> tokens, List<String> normal) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Blanks.isBlank(c) && !Character.isLetterOrDigit(c)) {
                String mark = switch (c) {
                    case ',' -> BREAK;
                    case '«', '»', '“', '”', '„' -> "\"";
                    default -> String.valueOf(c);
                };
                tokens.add(mark);
                normal.add(mark);
            }
        }
    }

    /** The learned mentions of a tagged text, beside the gazetteer's {@code known} ones, in text order. */
    List<Mention> find(SegmentedText text, TaggedText tagged, List<Mention> known) {
        BitSet taken = takenPositions(known);
        ArticleWords articleWords = new ArticleWords(text);
        List<Mention> found = new ArrayList<>();
        Map<String, Entity> bySingleName = new HashMap<>();
        int position = 0;
        for (int s = 0; s < text.size(); s++) {
            List<Word> words = text.words(s);
            int[] labels = tagged.labels().get(s);
            int[] wordAt = tagged.wordAt().get(s);
            for (SpanScores.Span span : SpanScores.spans(labels)) {
                EntityType type = entityType(span.type());
                if (type == null || !allWords(wordAt, span)) {
                    continue;
                }
                int first = wordAt[span.start()];
                int last = wordAt[span.end()];
                int taggerLast = last;
                if (type == EntityType.PERSON) {
                    KeptSpan kept = personSpans.keep(words, withoutLeadingAdjectives(words, first, last),
                            last);
                    if (kept == null) {
                        continue;
                    }
                    first = withoutLeadingAdjectives(words, kept.first(), kept.last());
                    last = kept.last();
                } else if (type == EntityType.ORG) {
                    KeptSpan kept = organisationSpans.keep(words, first, last);
                    if (kept == null) {
                        continue;
                    }
                    KeptSpan named = descriptive.at(words, kept.first());
                    first = kept.first();
                    last = named == null ? kept.last() : Math.max(kept.last(), named.last());
                }
                // A country adjective taken into an organisation's name is also the gazetteer's mention of the
                // country: only the words the tagger read must be free.
                if (overlaps(taken, position + first, position + Math.min(last, taggerLast))
                        || inTopic(words, first, last)) {
                    continue;
                }
                List<String> canonical = canonical(words.subList(first, last + 1), articleWords);
                add(type, canonical, words, s, position, first, last, bySingleName, taken, found);
            }
            for (int i = 0; i < words.size(); i++) {
                KeptSpan named = descriptive.at(words, i);
                if (named == null || overlaps(taken, position + named.first(), position + named.last())
                        || inTopic(words, named.first(), named.last())) {
                    continue;
                }
                List<String> canonical = new ArrayList<>();
                canonical.add(descriptive.bare(words.get(named.first()).normal()));
                words.subList(named.first() + 1, named.last() + 1).forEach(w -> canonical.add(w.normal()));
                add(EntityType.ORG, canonical, words, s, position, named.first(), named.last(), bySingleName, taken,
                        found);
            }
            position += words.size();
        }
        found.addAll(laterSurnames(text, found, taken));
        found.sort(java.util.Comparator.comparingInt(Mention::position));
        return found;
    }

    /**
     * Adds the learned mention of {@code words[first..last]} (segment {@code s}, whose first word is at
     * {@code position}) named {@code canonical}, unless the name is a topic tag or the gazetteer's.
     */
    private void add(EntityType type, List<String> canonical, List<Word> words, int s, int position, int first,
                     int last, Map<String, Entity> bySingleName, BitSet taken, List<Mention> found) {
        String joined = String.join(" ", canonical);
        if (topics.contains(joined)) {
            return;
        }
        if (lexicon.name(joined) > 0
                || (canonical.size() == 1 && (lexicon.bits(canonical.get(0)) & NameLexicon.SINGLE_WORD) != 0)) {
            return; // a gazetteer name: the gazetteer's matcher decided on it
        }
        Entity entity = entity(type, canonical, bySingleName);
        if (entity == null) {
            return;
        }
        StringBuilder surface = new StringBuilder();
        for (int i = first; i <= last; i++) {
            surface.append(i > first ? " " : "").append(words.get(i).surface());
        }
        found.add(new Mention(entity, MentionKind.LEARNED, surface.toString(), s, position + first));
        taken.set(position + first, position + last + 1);
    }

    /** Whether every token of a span is a word: a span across a quote or bracket is two names or none. */
    private static boolean allWords(int[] wordAt, SpanScores.Span span) {
        for (int t = span.start(); t <= span.end(); t++) {
            if (wordAt[t] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first word of a person's name without the adjectives of a title before it (الباحث السياسي سامر الخطيب:
     * the tagger takes السياسي into the name). An adjective of relation with the article (ال…ي) never starts a
     * name; on the development split this changes no span, in text written with such titles it fixes most.
     */
    private static int withoutLeadingAdjectives(List<Word> words, int first, int last) {
        while (first < last && Nisba.isDefiniteMasculine(words.get(first).normal())) {
            first++;
        }
        return first;
    }

    /** Whether the span lies within a topic tag written in the text (فيروس of فيروس كورونا). */
    private boolean inTopic(List<Word> words, int first, int last) {
        for (int from = Math.max(0, last - maxTopicWords + 1); from <= first; from++) {
            StringBuilder phrase = new StringBuilder();
            for (int to = from; to < words.size() && to - from < maxTopicWords; to++) {
                phrase.append(to > from ? " " : "").append(words.get(to).normal());
                if (to >= last && topics.contains(phrase.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A word that is the last word of a person's full name found earlier in the article, alone (وقال الحمروني),
     * is that person too: the tagger, which reads one paragraph at a time, often leaves it out.
     */
    private List<Mention> laterSurnames(SegmentedText text, List<Mention> found, BitSet taken) {
        Map<String, Mention> firstBySurname = new HashMap<>();
        for (Mention m : found) {
            String[] words = m.entity().nameAr().split(" ");
            if (m.entity().type() == EntityType.PERSON && words.length > 1
                    && words[words.length - 1].length() >= MIN_SURNAME_CHARS) {
                firstBySurname.merge(words[words.length - 1], m, (a, b) -> a.position() <= b.position() ? a : b);
            }
        }
        List<Mention> later = new ArrayList<>();
        if (firstBySurname.isEmpty()) {
            return later;
        }
        int position = 0;
        for (int s = 0; s < text.size(); s++) {
            List<Word> words = text.words(s);
            for (int i = 0; i < words.size(); i++, position++) {
                if (taken.get(position)) {
                    continue;
                }
                String normal = words.get(i).normal();
                Mention full = firstBySurname.get(normal);
                if (full == null) {
                    full = firstBySurname.get(Proclitics.CONJUNCTION_AND_PREPOSITION.strip(normal, MIN_SURNAME_CHARS));
                }
                if (full != null && full.position() < position) {
                    later.add(new Mention(full.entity(), MentionKind.LEARNED, words.get(i).surface(), s, position));
                }
            }
        }
        return later;
    }

    /**
     * A single-word person linked to the full name read before it that ends or starts with it; null for a single
     * word that links to none (a bare given name, a fragment or a common word: alone it names no one a reader can
     * tell; letting family names of the public lists stand alone found more players on the development split but
     * lowered person precision on blind.jsonl from 0.91 to 0.84: دينار، هيلز، رشيد); otherwise the entity of this
     * type and normal form.
     */
    private static Entity entity(EntityType type, List<String> canonical, Map<String, Entity> bySingleName) {
        if (type == EntityType.PERSON && canonical.size() == 1) {
            return bySingleName.get(canonical.get(0));
        }
        Entity entity = LearnedEntityIds.entity(type, String.join(" ", canonical));
        if (type == EntityType.PERSON && canonical.size() > 1) {
            bySingleName.putIfAbsent(canonical.get(canonical.size() - 1), entity);
            bySingleName.putIfAbsent(canonical.get(0), entity);
        }
        return entity;
    }

    /**
     * The normal words of a span; its first word loses a conjunction or preposition (و ف ب ل ك, never the article)
     * only where the word itself is no known name word and what remains is one, or stands alone elsewhere in the
     * article: وطارق is طارق when the article also writes طارق, and وليد stays وليد.
     */
    private List<String> canonical(List<Word> span, ArticleWords articleWords) {
        List<String> words = new ArrayList<>(span.stream().map(Word::normal).toList());
        String head = words.get(0);
        if (head.length() > 3 && Proclitics.isRun(head, 1) && lexicon.bits(head) == 0) {
            for (int cut = 1; cut <= 2 && head.length() - cut >= 3 && Proclitics.isRun(head, cut); cut++) {
                String rest = head.substring(cut);
                if (lexicon.bits(rest) != 0 || articleWords.contains(rest)) {
                    words.set(0, rest);
                    break;
                }
            }
        }
        return words;
    }

    private static EntityType entityType(int nerType) {
        return switch (NerLabels.TYPES.get(nerType)) {
            case "PERS" -> EntityType.PERSON;
            case "LOC" -> EntityType.LOC;
            case "ORG" -> EntityType.ORG;
            default -> null; // MISC (events, nationalities, titles of works) is not an entity of the tables
        };
    }

    /** The positions of the words of the gazetteer's mentions. */
    private static BitSet takenPositions(List<Mention> known) {
        BitSet taken = new BitSet();
        for (Mention m : known) {
            taken.set(m.position(), m.position() + wordCount(m.surface()));
        }
        return taken;
    }

    /** How many words the tokenizer makes of a mention's surface; one for the usual single word of letters. */
    private static int wordCount(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                return Math.max(1, org.akhbar.arabic.ArabicTokenizer.words(surface).size());
            }
        }
        return 1;
    }

    private static boolean overlaps(BitSet taken, int first, int last) {
        int next = taken.nextSetBit(first);
        return next >= 0 && next <= last;
    }

    /** The normal forms of an article's words, collected only when a span's first word may carry a clitic. */
    private static final class ArticleWords {
        private final SegmentedText text;
        private Set<String> words;

        ArticleWords(SegmentedText text) {
            this.text = text;
        }

        boolean contains(String normal) {
            if (words == null) {
                words = new HashSet<>();
                for (int s = 0; s < text.size(); s++) {
                    text.words(s).forEach(w -> words.add(w.normal()));
                }
            }
            return words.contains(normal);
        }
    }
}
