package org.akhbar.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.akhbar.arabic.ArabicTokenizer;
import org.akhbar.arabic.ArabicTokenizer.Word;
import org.akhbar.arabic.Nisba;
import org.akhbar.arabic.Proclitics;
import org.akhbar.arabic.SegmentedText;

/**
 * Finds gazetteer entities in an article's title and paragraphs. Not thread-safe: use one matcher per thread
 * (Spark tasks each build their own).
 *
 * <ul>
 *   <li>Longest match over normal words, never across a clause end; a name starting with a clitic
 *       ({@code و ف} then {@code ب ل ك} then {@code ال}, and {@code لل} for {@code ل+ال}) matches only when what
 *       remains is a known name, so {@code بيروت} and {@code لبنان} stay whole.</li>
 *   <li>A country's nisba ({@code الروسية}) is a mention of the country, except right after a given name
 *       ({@code محمد السوداني} is a person, not Sudan); inside an organisation's name it is an {@code in_org}
 *       mention.</li>
 *   <li>A person's bare surname after their full name in the same article links to them.</li>
 *   <li>A name shared by several entities ({@code عمان}: Oman and Amman) goes to the one whose country or self is
 *       named unambiguously elsewhere in the article, and is left out when none or several are; names that are
 *       also common words ({@code جدة}) need the same support, or a cue word right before them.</li>
 *   <li>Where a {@link Reading} of the article is given (the learned tagger's), such a name is also kept when the
 *       reading gives its first word the entity's type, and a name shared by entities of different types
 *       ({@code الكاف}: the African football confederation and the Tunisian region) goes to the type it gives:
 *       {@code فساد مالي} is no Mali, {@code شمال مالي} is.</li>
 * </ul>
 */
public final class EntityMatcher {
    private static final int MIN_STRIPPED_LENGTH = 3;
    /** The longest clitic prefix: conjunction, preposition and article (وبال). */
    private static final int MAX_PREFIX_LENGTH = 4;
    private static final int[] POWERS_OF_31 = powersOf31(64);
    private static final int HASH_BUCKETS = 1 << 20;
    /** Letters a clitic prefix can start with: most words start with none and need no stripping. */
    private static final String CLITIC_FIRST_LETTERS = "وفبلكا";
    private static final Set<String> GIVEN_NAMES = Set.of("محمد", "احمد", "علي", "حسن", "حسين", "عبد", "عبدالله",
            "خالد", "عمر", "يوسف", "ابراهيم", "مصطفي", "محمود", "سعيد", "فيصل", "سلمان", "نوري", "عادل", "حيدر",
            "جعفر", "طارق", "هشام", "سامي", "زياد", "نبيل", "كمال", "ابو", "ابن", "بن", "عثمان", "صالح", "جمال",
            // second parts of compound given names: عبد الله، عبد الرحمن، نور الدين
            "الله", "الرحمن", "الرحيم", "العزيز", "الكريم", "الدين");

    private static final Set<String> PARTICLES = Set.of("في", "من", "علي", "الي", "عن", "مع", "بين", "مثل", "و", "او",
            "ثم", "لدي", "عند", "حول", "ضد", "قبل", "بعد", "منذ", "خلال", "ان", "لا", "ما", "قد", "كل", "اي", "هذا",
            "هذه", "ذلك", "تلك");

    /** Only بن: ابن and بنت are also the nouns «son» and «daughter» (التقى ابن محمد مرسي names Morsi). */
    private static final Set<String> SON_OR_DAUGHTER_OF = Set.of("بن");

    private final Gazetteer gazetteer;
    /** Hash buckets of every first word of a name: a remainder outside them is not worth a lookup. */
    private final java.util.BitSet firstWordHashes = new java.util.BitSet(HASH_BUCKETS);

    private final java.util.function.IntPredicate mayStartName = h -> firstWordHashes.get(bucket(h));

    public EntityMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        gazetteer.trie().root().words().forEach(w -> firstWordHashes.set(bucket(w.hashCode())));
    }

    /**
     * Mentions in {@code segments}: the title (index 0, may be null) and the body paragraphs (1..), in text order.
     */
    public List<Mention> find(List<String> segments) {
        return find(SegmentedText.of(segments));
    }

    /** The entity type a reading of the article gives the word at an article position, or null. */
    @FunctionalInterface
    public interface Reading {
        Reading NONE = position -> null;

        EntityType typeAt(int position);
    }

    /** {@link #find(List)} over segments already cut into words. */
    public List<Mention> find(SegmentedText segments) {
        return find(segments, Reading.NONE);
    }

    /** {@link #find(SegmentedText)}, with a reading that may keep names which are also common words. */
    public List<Mention> find(SegmentedText segments, Reading reading) {
        List<Word> words = new ArrayList<>();
        int[] segmentStarts = new int[segments.size() + 1];
        for (int s = 0; s < segments.size(); s++) {
            segmentStarts[s] = words.size();
            List<Word> w = segments.words(s);
            for (int i = 0; i < w.size(); i++) {
                words.add(i == 0 ? w.get(i).withBreakBefore() : w.get(i));
            }
        }
        segmentStarts[segments.size()] = words.size();
        List<Candidate> found = longestMatches(words);
        List<Candidate> resolved = resolve(found, reading);
        List<Candidate> withSurnames = addSurnames(words, resolved);
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : withSurnames) {
            mentions.add(new Mention(c.target.entity(), c.target.kind(), surface(words, c),
                    segmentOf(segmentStarts, c.start), c.start));
        }
        return mentions;
    }

    /** A match before resolution: the words [start, end) and the entities the name may stand for. */
    private record Candidate(int start, int end, List<AliasTrie.Target> targets, AliasTrie.Target target,
                             boolean needsCue) {
        Candidate(int start, int end, List<AliasTrie.Target> targets, AliasTrie.Target target) {
            this(start, end, targets, target, false);
        }

        Candidate with(AliasTrie.Target chosen, boolean cueNeeded) {
            return new Candidate(start, end, targets, chosen, cueNeeded);
        }
    }

    private List<Candidate> longestMatches(List<Word> words) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        int matchedUpTo = 0;
        while (i < words.size()) {
            Candidate best = matchAt(words, i);
            if (best == null) {
                i++;
                continue;
            }
            if (!isSurnameNisba(words, best, matchedUpTo) && !isPatronymic(words, best)) {
                matchedUpTo = best.end;
                out.add(best);
                addCountriesInsideOrg(words, best, out);
            }
            i = best.end;
        }
        return out;
    }

    private Candidate matchAt(List<Word> words, int i) {
        Candidate best = null;
        for (String first : firstWordForms(words.get(i).normal(), mayStartName)) {
            if (!mayStartName.test(first.hashCode())) {
                continue; // most words start no name: a bit test spares the map look-up
            }
            AliasTrie.Node node = gazetteer.trie().root().child(first);
            int end = i + 1;
            Candidate here = null;
            while (node != null) {
                if (!node.targets().isEmpty()) {
                    here = new Candidate(i, end, node.targets(), null);
                }
                if (end >= words.size() || words.get(end).breakBefore()) {
                    break;
                }
                node = node.child(words.get(end).normal());
                end++;
            }
            if (here != null && (best == null || here.end > best.end)) {
                best = here;
            }
        }
        return best;
    }

    /**
     * The word itself, then the word without each clitic prefix ({@code و ف}, then {@code ب ل ك}, then
     * {@code ال}, each optional; {@code لل} for {@code ل+ال}) whose remainder is long enough to be a name, shortest
     * prefix first. Parsed letter by letter: most words have no prefix and cost one comparison.
     */
    static List<String> firstWordForms(String word) {
        return firstWordForms(word, hash -> true);
    }

    /**
     * As above, keeping only remainders whose {@code hashCode} may be known: the suffix hashes are computed in one
     * sweep from the end, and only a hit is checked for a valid prefix and cut out.
     */
    static List<String> firstWordForms(String word, java.util.function.IntPredicate mayBeKnown) {
        int n = word.length();
        if (n == 0 || CLITIC_FIRST_LETTERS.indexOf(word.charAt(0)) < 0) {
            return List.of(word);
        }
        int maxCut = Math.max(0, Math.min(MAX_PREFIX_LENGTH, n - MIN_STRIPPED_LENGTH));
        int whole = word.hashCode();
        int prefixHash = 0;
        List<String> forms = null;
        for (int cut = 1; cut <= maxCut; cut++) {
            // hash(word) = hash(prefix)·31^|suffix| + hash(suffix), in int arithmetic like String.hashCode
            prefixHash = 31 * prefixHash + word.charAt(cut - 1);
            int suffixHash = whole - prefixHash * powerOf31(n - cut);
            if (mayBeKnown.test(suffixHash) && Proclitics.isRun(word, cut)) {
                if (forms == null) {
                    forms = new ArrayList<>(3);
                    forms.add(word);
                }
                forms.add(word.substring(cut));
            }
        }
        int lil = word.startsWith("لل") ? 0 : word.startsWith("لل", 1) && Proclitics.isConjunction(word.charAt(0)) ? 1 : -1;
        if (lil >= 0 && n - lil - 2 >= MIN_STRIPPED_LENGTH - 1) {
            if (forms == null) {
                forms = new ArrayList<>(2);
                forms.add(word);
            }
            forms.add("ال" + word.substring(lil + 2));
        }
        return forms == null ? List.of(word) : forms;
    }

    private static int powerOf31(int exponent) {
        if (exponent < POWERS_OF_31.length) {
            return POWERS_OF_31[exponent];
        }
        int p = 1;
        for (int i = 0; i < exponent; i++) {
            p *= 31;
        }
        return p;
    }

    private static int[] powersOf31(int count) {
        int[] powers = new int[count];
        powers[0] = 1;
        for (int i = 1; i < count; i++) {
            powers[i] = powers[i - 1] * 31;
        }
        return powers;
    }

    static int bucket(int hash) {
        return (hash & 0x7fffffff) % HASH_BUCKETS;
    }

    /**
     * A definite masculine nisba is an adjective only after a definite noun or a name ({@code الجيش السوداني},
     * {@code تاس الروسي}); after a given name or another indefinite word it is a family name
     * ({@code محمد السوداني}, {@code طاهر المصري}), not the country. Feminine and plural forms are never family
     * names ({@code إجلاء الأرمن}).
     */
    private static boolean isSurnameNisba(List<Word> words, Candidate c, int matchedUpTo) {
        boolean onlyNisba = c.targets.stream().allMatch(t -> t.kind() == MentionKind.NISBA);
        if (!onlyNisba || c.start == 0 || words.get(c.start).breakBefore()) {
            return false;
        }
        String previous = words.get(c.start - 1).normal();
        if (GIVEN_NAMES.contains(previous)) {
            return true;
        }
        boolean masculineSingular = Nisba.isDefiniteMasculine(stripConjunction(words.get(c.start).normal()));
        return masculineSingular && c.start - 1 >= matchedUpTo && !stripConjunction(previous).startsWith("ال")
                && !previous.startsWith("نظير")
                && !PARTICLES.contains(previous) && isArabicWord(previous);
    }

    /**
     * A person's name right after بن names the father inside the child's name
     * ({@code حمدان بن محمد بن راشد آل مكتوم} is not Mohammed bin Rashid): no mention of the father.
     */
    private static boolean isPatronymic(List<Word> words, Candidate c) {
        if (c.start == 0 || words.get(c.start).breakBefore()
                || !c.targets.stream().allMatch(t -> t.entity().type() == EntityType.PERSON)) {
            return false;
        }
        return SON_OR_DAUGHTER_OF.contains(words.get(c.start - 1).normal());
    }

    private static String stripConjunction(String word) {
        return Proclitics.CONJUNCTION.strip(word, MIN_STRIPPED_LENGTH);
    }

    private static boolean isArabicWord(String word) {
        return !word.isEmpty() && Character.UnicodeBlock.of(word.charAt(0)) == Character.UnicodeBlock.ARABIC
                && !Character.isDigit(word.charAt(0));
    }

    /** Countries named inside an organisation's name count too, as in_org mentions. */
    private void addCountriesInsideOrg(List<Word> words, Candidate org, List<Candidate> out) {
        if (org.targets.stream().noneMatch(t -> t.entity().type() == EntityType.ORG)) {
            return;
        }
        for (int j = org.start; j < org.end; j++) {
            AliasTrie.Node node = null;
            for (String form : firstWordForms(words.get(j).normal())) {
                node = gazetteer.trie().root().child(form);
                if (node != null && !node.targets().isEmpty()) {
                    break;
                }
            }
            if (node == null) {
                continue;
            }
            for (AliasTrie.Target t : node.targets()) {
                if ("country".equals(t.entity().subtype())) {
                    AliasTrie.Target inOrg = new AliasTrie.Target(t.entity(), MentionKind.IN_ORG, null);
                    out.add(new Candidate(j, j + 1, List.of(inOrg), null));
                    break;
                }
            }
        }
    }

    /** Picks each candidate's entity; ambiguous names and common words need support from the rest of the text. */
    private List<Candidate> resolve(List<Candidate> found, Reading reading) {
        Set<String> sure = new HashSet<>();
        for (Candidate c : found) {
            if (c.targets.size() == 1 && c.targets.get(0).rule() == null) {
                sure.add(c.targets.get(0).entity().id());
                String country = c.targets.get(0).entity().countryCode();
                if (country != null) {
                    sure.add(countryId(country));
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            AliasTrie.Target read = readAs(c, reading);
            AliasTrie.Target chosen = read != null ? read : choose(c, sure);
            chosen = chosen != null ? chosen : fallback(c);
            if (chosen != null) {
                out.add(c.with(chosen, false));
            } else if (c.targets.size() == 1 && c.targets.get(0).rule() != null
                    && !c.targets.get(0).rule().cues().isEmpty()) {
                out.add(c.with(c.targets.get(0), true));
            }
        }
        return out;
    }

    /** The entity a shared name's rule names for when neither reading nor context decides, or null. */
    private static AliasTrie.Target fallback(Candidate c) {
        Gazetteer.Rule rule = c.targets.get(0).rule();
        if (c.targets.size() < 2 || rule == null || rule.fallbackId() == null) {
            return null;
        }
        String id = rule.fallbackId();
        return c.targets.stream().filter(t -> t.entity().id().equals(id)).findFirst().orElse(null);
    }

    /** The one target of a ruled or shared name whose type the reading gives its first word; otherwise null. */
    private static AliasTrie.Target readAs(Candidate c, Reading reading) {
        if (c.targets.size() == 1 && c.targets.get(0).rule() == null) {
            return null;
        }
        EntityType type = reading.typeAt(c.start);
        if (type == null) {
            return null;
        }
        AliasTrie.Target only = null;
        for (AliasTrie.Target t : c.targets) {
            if (t.entity().type() == type) {
                if (only != null) {
                    return null;
                }
                only = t;
            }
        }
        return only;
    }

    private AliasTrie.Target choose(Candidate c, Set<String> sure) {
        if (c.targets.size() == 1 && c.targets.get(0).rule() == null) {
            return c.targets.get(0);
        }
        AliasTrie.Target best = null;
        int bestScore = 0;
        boolean tie = false;
        for (AliasTrie.Target t : c.targets) {
            int score = support(t.entity(), sure);
            if (score > bestScore) {
                best = t;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static int support(Entity e, Set<String> sure) {
        int score = sure.contains(e.id()) ? 2 : 0;
        if (e.countryCode() != null && sure.contains(countryId(e.countryCode()))) {
            score += 1;
        }
        return score;
    }

    /**
     * Drops common-word names without their cue word, then links bare surnames (Arabic, or English in quoted
     * English text) to people named in full earlier; a nisba that is such a surname ({@code السوداني} after
     * {@code محمد شياع السوداني}) is the person too.
     */
    private List<Candidate> addSurnames(List<Word> words, List<Candidate> matches) {
        Map<String, AliasTrie.Target> surnames = new HashMap<>();
        boolean[] covered = new boolean[words.size()];
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : matches) {
            if (c.needsCue && !hasCue(words, c.start, c.target.rule())) {
                continue;
            }
            if (c.target.entity().type() == EntityType.PERSON && c.end - c.start >= 2) {
                surnames.putIfAbsent(words.get(c.end - 1).normal(), c.target);
                surnames.putIfAbsent(lastWord(c.target.entity().nameEn()), c.target);
            }
            boolean adjective = c.start > 0 && !words.get(c.start).breakBefore()
                    && stripConjunction(words.get(c.start - 1).normal()).startsWith("ال");
            AliasTrie.Target person = c.end - c.start == 1 && c.target.kind() == MentionKind.NISBA && !adjective
                    ? surnames.get(words.get(c.start).normal()) : null;
            kept.add(person == null ? c : new Candidate(c.start, c.end, List.of(person), person));
            for (int j = c.start; j < c.end; j++) {
                covered[j] = true;
            }
        }
        if (surnames.isEmpty()) {
            return kept;
        }
        String[] surnameWords = surnames.keySet().toArray(String[]::new);
        java.util.BitSet surnameEndings = new java.util.BitSet(1 << 16);
        for (String surname : surnameWords) {
            if (!surname.isEmpty()) {
                surnameEndings.set(surname.charAt(surname.length() - 1));
            }
        }
        List<Candidate> out = new ArrayList<>();
        int next = 0;
        for (int j = 0; j < words.size(); j++) {
            while (next < kept.size() && kept.get(next).start <= j) {
                out.add(kept.get(next++));
            }
            if (covered[j]) {
                continue;
            }
            String normal = words.get(j).normal();
            if (normal.isEmpty() || !surnameEndings.get(normal.charAt(normal.length() - 1))
                    || !endsWithAny(normal, surnameWords)) {
                continue; // a surname with clitics still ends the word: most words need no more
            }
            for (String form : firstWordForms(words.get(j).normal())) {
                AliasTrie.Target person = surnames.get(form);
                if (person != null && firstMentionBefore(kept, person, j)) {
                    out.add(new Candidate(j, j + 1, List.of(person), person));
                    break;
                }
            }
        }
        while (next < kept.size()) {
            out.add(kept.get(next++));
        }
        return out;
    }

    /** The segment holding word {@code position}: the last segment starting at or before it. */
    private static int segmentOf(int[] segmentStarts, int position) {
        int s = 0;
        while (s + 1 < segmentStarts.length - 1 && segmentStarts[s + 1] <= position) {
            s++;
        }
        return s;
    }

    private static boolean endsWithAny(String word, String[] endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String name) {
        List<String> words = Gazetteer.normalWords(name);
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    private static boolean firstMentionBefore(List<Candidate> kept, AliasTrie.Target person, int position) {
        for (Candidate c : kept) {
            if (c.start < position && c.target.entity().id().equals(person.entity().id())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCue(List<Word> words, int start, Gazetteer.Rule rule) {
        for (int back = 1; back <= 3 && start - back >= 0; back++) {
            StringBuilder phrase = new StringBuilder();
            for (int k = start - back; k < start; k++) {
                phrase.append(k > start - back ? " " : "").append(words.get(k).normal());
            }
            if (rule.cues().contains(phrase.toString())) {
                return true;
            }
        }
        return false;
    }

    private static String surface(List<Word> words, Candidate c) {
        StringBuilder s = new StringBuilder();
        for (int j = c.start; j < c.end; j++) {
            s.append(j > c.start ? " " : "").append(words.get(j).surface());
        }
        return s.toString();
    }

    private static String countryId(String iso2) {
        return "country:" + iso2.toLowerCase(java.util.Locale.ROOT);
    }
}
