package org.akhbar.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Averaged structured perceptron (Collins 2002) for {@link LinearChain}: decode each training sentence, move the
 * weights of the gold sequence up and of the predicted one down where they differ, and keep the average of the
 * weights over all steps (lazily: {@code w - u / c}, Daumé's trick) as the model. Chosen over a CRF for one pass
 * with no gradient machinery, the same decoder for training and tagging, and seconds per epoch on this corpus.
 */
public final class PerceptronTrainer {
    /** One epoch's figures on the development part, with the averaged weights after it. */
    public record Epoch(int number, SpanScores dev, double seconds) {
    }

    private final TokenFeatures features;
    private final int bucketBits;
    private final long seed;

    public PerceptronTrainer(TokenFeatures features, int bucketBits, long seed) {
        this.features = features;
        this.bucketBits = bucketBits;
        this.seed = seed;
    }

    /**
     * Trains for {@code epochs} and returns the averaged weights after the last; {@code dev} is only scored after
     * each epoch, for the record, so that its figures stay those of a part the model was not chosen on.
     */
    public NerModel train(List<Sentence> train, List<Sentence> dev, int epochs, Consumer<Epoch> progress) {
        return train(train, List.of(), 0, dev, epochs, progress);
    }

    /**
     * {@link #train(List, List, int, Consumer)} with silver sentences mixed in, each update of theirs weighing
     * {@code silverWeight} of a gold sentence's.
     */
    public NerModel train(List<Sentence> train, List<Sentence> silver, float silverWeight, List<Sentence> dev,
                          int epochs, Consumer<Epoch> progress) {
        List<Example> examples = new ArrayList<>(train.stream().map(s -> example(s, 1)).toList());
        silver.forEach(s -> examples.add(example(s, silverWeight)));
        List<Example> devExamples = dev.stream().map(s -> example(s, 1)).toList();
        List<int[]> devFeatures = devExamples.stream().map(Example::features).toList();
        List<int[]> devLabels = devExamples.stream().map(Example::labels).toList();
        LinearChain w = new LinearChain(bucketBits);
        LinearChain u = new LinearChain(bucketBits);
        Random random = new Random(seed);
        long step = 1;
        NerModel averaged = null;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long started = System.nanoTime();
            Collections.shuffle(examples, random);
            for (Example e : examples) {
                update(w, u, e, w.decode(e.features, e.labels.length), step);
                step++;
            }
            averaged = new NerModel(PackedChain.of(average(w, u, step)), features);
            progress.accept(new Epoch(epoch, averaged.score(devFeatures, devLabels),
                    (System.nanoTime() - started) / 1e9));
        }
        return averaged;
    }

    private Example example(Sentence s, float weight) {
        return new Example(features.of(TokenFeatures.Words.of(s.tokens().toArray(String[]::new))), s.labels(),
                weight);
    }

    private static void update(LinearChain w, LinearChain u, Example e, int[] predicted, long step) {
        int[] gold = e.labels;
        float weight = e.weight;
        for (int i = 0; i < gold.length; i++) {
            if (gold[i] != predicted[i]) {
                int from = i * TokenFeatures.PER_TOKEN;
                for (int f = from; f < from + TokenFeatures.PER_TOKEN; f++) {
                    int b = w.bucket(e.features[f]);
                    add(w.emission, u.emission, b + gold[i], weight, step);
                    add(w.emission, u.emission, b + predicted[i], -weight, step);
                }
            }
            int gp = i == 0 ? -1 : gold[i - 1];
            int pp = i == 0 ? -1 : predicted[i - 1];
            if (gp != pp || gold[i] != predicted[i]) {
                add(w.transition, u.transition, (gp + 1) * LinearChain.L + gold[i], weight, step);
                add(w.transition, u.transition, (pp + 1) * LinearChain.L + predicted[i], -weight, step);
            }
        }
    }

    private static void add(float[] w, float[] u, int index, float delta, long step) {
        w[index] += delta;
        u[index] += delta * step;
    }

    private static LinearChain average(LinearChain w, LinearChain u, long step) {
        float[] emission = new float[w.emission.length];
        for (int i = 0; i < emission.length; i++) {
            emission[i] = w.emission[i] - u.emission[i] / step;
        }
        float[] transition = new float[w.transition.length];
        for (int i = 0; i < transition.length; i++) {
            transition[i] = w.transition[i] - u.transition[i] / step;
        }
        return new LinearChain(w.bucketBits, emission, transition);
    }

    private record Example(int[] features, int[] labels, float weight) {
    }
}
