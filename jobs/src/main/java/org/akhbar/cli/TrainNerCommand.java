package org.akhbar.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.akhbar.entity.Gazetteer;
import org.akhbar.ner.ConllCorpus;
import org.akhbar.ner.NameLexicon;
import org.akhbar.ner.NerModel;
import org.akhbar.ner.PerceptronTrainer;
import org.akhbar.ner.Sentence;
import org.akhbar.ner.SilverCorpus;
import org.akhbar.ner.TokenFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Train the Arabic NER tagger on a CoNLL file (token TAG a line, IOB2 PERS/LOC/ORG/MISC) with a"
                + " fixed seed: the last --dev-fraction of its sentences is held out and scored after every epoch;"
                + " the model after the last epoch is written."})
final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE",
            description = "The training file, e.g. ANERCorp_CamelLab_train.txt, the ANERcorp train split of CAMeL Lab.")
    Path corpus;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Where to write the model (the bundled one is jobs/src/main/resources"
                    + NerModel.BUNDLED + ").")
    Path out;

    @Option(names = "--dev-fraction", paramLabel = "SHARE", defaultValue = "0.1",
            description = "Share of the sentences, taken from the end, held out for development (default: ${DEFAULT-VALUE}).")
    double devFraction;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "12",
            description = "Passes over the training part (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "17",
            description = "The order of the sentences in each pass (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bucket-bits", paramLabel = "BITS", defaultValue = "20",
            description = "2^BITS feature buckets (default: ${DEFAULT-VALUE}).")
    int bucketBits;

    @Option(names = "--silver", paramLabel = "FILE",
            description = "Silver training sentences from Wikipedia (WikiANN CoNLL, e.g. wikiann-ar-train.conll), read"
                    + " as SilverCorpus makes them: no redirect fragments or short sentences, punctuation cut off.")
    Path silver;

    @Option(names = "--silver-weight", paramLabel = "W", defaultValue = "0.3",
            description = "What an update from a silver sentence weighs beside one from the corpus"
                    + " (default: ${DEFAULT-VALUE}).")
    float silverWeight;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        List<Sentence> sentences = ConllCorpus.read(corpus);
        ConllCorpus.Split split = ConllCorpus.split(sentences, devFraction);
        System.out.printf(Locale.ROOT, "%s: %d sentences, %d for training, the last %d for development%n", corpus,
                sentences.size(), split.train().size(), split.dev().size());
        List<Sentence> silverSentences = silver == null ? List.of() : SilverCorpus.read(silver);
        if (silver != null) {
            System.out.printf(Locale.ROOT, "%s: %d silver sentences kept, each weighing %.2f%n", silver,
                    silverSentences.size(), silverWeight);
        }
        TokenFeatures features = new TokenFeatures(NameLexicon.of(Gazetteer.bundled()));
        NerModel model = new PerceptronTrainer(features, bucketBits, seed).train(split.train(), silverSentences,
                silverWeight, split.dev(), epochs,
                e -> System.out.printf(Locale.ROOT, "epoch %2d: dev micro-F1 %.4f, PERS %.4f, LOC %.4f, ORG %.4f,"
                                + " MISC %.4f (%.1f s)%n", e.number(), e.dev().micro().f1(),
                        e.dev().score("PERS").f1(), e.dev().score("LOC").f1(), e.dev().score("ORG").f1(),
                        e.dev().score("MISC").f1(), e.seconds()));
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream o = Files.newOutputStream(tmp)) {
            model.write(o);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("development split, the model written:");
        SpanScoreTable.print(model.score(split.dev()));
        System.out.printf(Locale.ROOT, "wrote %s (%d bytes) in %.1f s%n", out, Files.size(out),
                (System.nanoTime() - started) / 1e9);
        return ExitCodes.OK;
    }
}
