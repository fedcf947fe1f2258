package org.akhbar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.akhbar.arabic.SegmentedText;
import org.akhbar.enrich.EntityLayer;
import org.akhbar.enrich.LayerSpans;
import org.akhbar.entity.EntityEvaluation;
import org.akhbar.entity.Gazetteer;
import org.akhbar.ner.ConllCorpus;
import org.akhbar.ner.NameLexicon;
import org.akhbar.ner.NerModel;
import org.akhbar.ner.Sentence;
import org.akhbar.ner.SpanScores;
import org.akhbar.ner.TokenFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-entities", mixinStandardHelpOptions = true,
        description = {"Measure entity precision, recall and F1 per type on the annotated sets; exit 1 below the"
                + " targets (precision >= 0.95 and recall >= 0.90 for every type, in every set). With --conll, score"
                + " the learned tagger by exact span on a CoNLL file instead (targets: micro-F1 and PERS F1 >= 0.80)."})
final class EvalEntitiesCommand implements Callable<Integer> {
    static final double MIN_PRECISION = 0.95;
    static final double MIN_RECALL = 0.90;
    static final double MIN_CONLL_F1 = 0.80;

    @Option(names = "--warehouse", paramLabel = "DIR", description = "Not used: the evaluation reads no tables.")
    String warehouse;

    @Option(names = "--set", paramLabel = "FILE", arity = "1..*",
            description = "Annotated JSON Lines files (default: data/eval/tuning.jsonl, dev.jsonl, dev2.jsonl and"
                    + " holdout.jsonl of this checkout).")
    List<Path> sets;

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "Extra entities, in the columns of gazetteer/entities.tsv.")
    Path gazetteerFile;

    @Option(names = "--differences", description = "Also list every missed and extra mention, per document.")
    boolean differences;

    @Option(names = "--learned-entities", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Score the entity layer as enrich runs it, with the learned tagger's entities beside the"
                    + " gazetteer's (the default); --no-learned-entities scores the gazetteer alone.")
    boolean learnedEntities;

    @Option(names = "--conll", paramLabel = "FILE",
            description = "A CoNLL file (token TAG a line, IOB2 PERS/LOC/ORG/MISC) to score the learned tagger on,"
                    + " and (with the bundled model) the whole entity layer as enrich writes it.")
    Path conll;

    @Option(names = "--dev-fraction", paramLabel = "SHARE",
            description = "With --conll: score only the last SHARE of its sentences, the development part that"
                    + " train-ner --dev-fraction SHARE held out (train-ner's default: 0.1).")
    Double devFraction;

    @Option(names = "--model", paramLabel = "FILE",
            description = "With --conll: a model written by train-ner instead of the bundled one.")
    Path model;

    @Option(names = "--article-sentences", paramLabel = "N", defaultValue = "10",
            description = "With --conll: the entity layer reads each run of N consecutive sentences as the paragraphs"
                    + " of one article, as enrich reads an article (a later bare surname links to the full name"
                    + " before it); 1 reads every sentence alone (default: ${DEFAULT-VALUE}).")
    int articleSentences;

    @Override
    public Integer call() throws IOException {
        Gazetteer gazetteer = loadGazetteer();
        if (conll != null) {
            return scoreConll(gazetteer);
        }
        EntityLayer layer = new EntityLayer(gazetteer, learnedEntities);
        EntityEvaluation evaluation = new EntityEvaluation(gazetteer,
                lines -> layer.find(SegmentedText.of(lines)).all());
        boolean allMet = true;
        for (Path set : sets == null ? defaultSets() : sets) {
            EntityEvaluation.Report report = evaluation.evaluate(Files.newBufferedReader(set, StandardCharsets.UTF_8));
            System.out.println(set + " (gazetteer " + gazetteer.version()
                    + (learnedEntities ? ", with learned entities" : ", gazetteer alone") + ")");
            System.out.println(String.format(Locale.ROOT, "  %-7s %9s %9s %9s %7s %7s %7s", "type", "precision",
                    "recall", "F1", "found", "right", "gold"));
            for (EntityEvaluation.Score s : report.scores().values()) {
                boolean met = s.precision() >= MIN_PRECISION && s.recall() >= MIN_RECALL;
                allMet &= met;
                System.out.println(String.format(Locale.ROOT, "  %-7s %9.3f %9.3f %9.3f %7d %7d %7d%s", s.type(),
                        s.precision(), s.recall(), s.f1(), s.predicted(), s.truePositives(), s.gold(),
                        met ? "" : "   below target"));
            }
            if (!report.unlinkedGoldNames().isEmpty()) {
                System.out.println("  gold names with no gazetteer entity: "
                        + String.join(", ", report.unlinkedGoldNames()));
            }
            if (differences) {
                report.differences().forEach(d -> System.out.println("  " + d));
            }
        }
        System.out.println(allMet ? "targets met" : String.format(Locale.ROOT,
                "targets not met (precision >= %.2f and recall >= %.2f per type)", MIN_PRECISION, MIN_RECALL));
        return allMet ? ExitCodes.OK : ExitCodes.RUN_REFUSED;
    }

    private int scoreConll(Gazetteer gazetteer) throws IOException {
        List<Sentence> sentences = ConllCorpus.read(conll);
        if (devFraction != null) {
            sentences = ConllCorpus.split(sentences, devFraction).dev();
        }
        NerModel tagger;
        if (model == null) {
            tagger = NerModel.bundled(gazetteer);
        } else {
            try (InputStream in = Files.newInputStream(model)) {
                tagger = NerModel.read(in, new TokenFeatures(NameLexicon.of(gazetteer)));
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d sentences%s, tagger %s (gazetteer %s)%n", conll, sentences.size(),
                devFraction == null ? "" : " (the last " + devFraction + " of the file)",
                model == null ? "bundled" : model, gazetteer.version());
        SpanScores scores = tagger.score(sentences);
        System.out.println("the tagger's spans:");
        SpanScoreTable.print(scores);
        EntityLayer layer = learnedEntities ? new EntityLayer(gazetteer, tagger) : new EntityLayer(gazetteer, false);
        String which = learnedEntities ? "gazetteer + tagger + learned mentions"
                : "--no-learned-entities: the gazetteer alone";
        System.out.printf(Locale.ROOT, "the entity layer as enrich writes it (%s), %d sentences an article:%n", which,
                articleSentences);
        SpanScoreTable.print(LayerSpans.score(layer, sentences, false, articleSentences));
        System.out.println("the same without nisba adjectives and countries inside organisation names, which"
                + " CoNLL leaves unlabelled:");
        SpanScoreTable.print(LayerSpans.score(layer, sentences, true, articleSentences));
        boolean met = scores.micro().f1() >= MIN_CONLL_F1 && scores.score("PERS").f1() >= MIN_CONLL_F1;
        System.out.println(met ? "targets met" : String.format(Locale.ROOT,
                "targets not met (micro-F1 and PERS F1 >= %.2f)", MIN_CONLL_F1));
        return met ? ExitCodes.OK : ExitCodes.RUN_REFUSED;
    }

    private Gazetteer loadGazetteer() throws IOException {
        if (gazetteerFile == null) {
            return Gazetteer.bundled();
        }
        try (InputStream in = Files.newInputStream(gazetteerFile)) {
            return Gazetteer.load(in, gazetteerFile.getFileName().toString());
        }
    }

    private static List<Path> defaultSets() {
        Path home = Path.of(System.getenv().getOrDefault("AKHBAR_HOME", "."));
        return List.of(home.resolve("data/eval/tuning.jsonl"), home.resolve("data/eval/dev.jsonl"),
                home.resolve("data/eval/dev2.jsonl"), home.resolve("data/eval/holdout.jsonl"));
    }
}
