package org.akhbar.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.akhbar.arabic.ArabicTokenizer;
import org.akhbar.entity.Entity;
import org.akhbar.entity.EntityMatcher;
import org.akhbar.entity.EntityType;
import org.akhbar.entity.Gazetteer;
import org.akhbar.entity.LearnedEntityIds;

/**
 * What articles are about, ranked for Zipf draws: people, organisations, countries (with their nisba adjectives),
 * other places and news outlets from the bundled gazetteer, people, places and organisations no gazetteer lists,
 * topic tags from the curated tag vocabulary. The
 * entities and tags of the planted signals are left out of the pools so that their signal stays clean.
 */
final class Catalog {
    /** The countries of Arabic news by prominence; the rest follow in gazetteer order. */
    private static final List<String> LEADING_COUNTRIES = List.of("ru", "ua", "us", "eg", "sa", "ps", "il", "ir",
            "tr", "sy", "iq", "lb", "ae", "qa", "jo", "fr", "gb", "cn", "de", "sd", "ye", "ly", "dz", "ma", "tn",
            "az", "am", "kw", "om", "bh");

    private static final double QUOTED_PEOPLE_EXPONENT = 1.3;

    final ZipfSampler<Entity> people;
    final ZipfSampler<Entity> organisations;
    final ZipfSampler<Entity> countries;
    final ZipfSampler<Entity> places;
    final ZipfSampler<Entity> outlets;
    final ZipfSampler<String> topicTags;
    /** Names no gazetteer lists (in {@code generate/unlisted.tsv}), for the learned tagger to find. */
    final ZipfSampler<Entity> unlistedPeople;
    final ZipfSampler<Entity> unlistedPlaces;
    final ZipfSampler<Entity> unlistedOrganisations;

    Catalog(Gazetteer gazetteer, PlantedSignals planted) {
        Set<String> plantedIds = planted.entityIds();
        Set<String> outletIds = outletIds();
        List<Entity> people = new ArrayList<>();
        List<Entity> organisations = new ArrayList<>();
        List<Entity> otherPlaces = new ArrayList<>();
        List<Entity> outlets = new ArrayList<>();
        for (Entity e : gazetteer.entities()) {
            if (plantedIds.contains(e.id()) || !"curated".equals(e.origin())) {
                continue;
            }
            if (outletIds.contains(e.id())) {
                outlets.add(e);
            } else if (e.type() == EntityType.PERSON) {
                people.add(e);
            } else if (e.type() == EntityType.ORG) {
                organisations.add(e);
            } else if (e.type() == EntityType.LOC) {
                otherPlaces.add(e);
            }
        }
        outlets.sort(java.util.Comparator.comparingInt(e -> List.copyOf(outletIds).indexOf(e.id())));
        this.people = new ZipfSampler<>(people, ZipfSampler.NEWS_EXPONENT);
        this.organisations = new ZipfSampler<>(organisations, ZipfSampler.NEWS_EXPONENT);
        this.countries = new ZipfSampler<>(countriesByProminence(gazetteer, plantedIds), ZipfSampler.NEWS_EXPONENT);
        this.places = new ZipfSampler<>(otherPlaces, ZipfSampler.NEWS_EXPONENT);
        this.outlets = new ZipfSampler<>(outlets, ZipfSampler.NEWS_EXPONENT);
        List<String> tags = new ArrayList<>(resourceLines("/tags/vocabulary.tsv", 1));
        tags.removeAll(planted.tags());
        this.topicTags = new ZipfSampler<>(tags, ZipfSampler.NEWS_EXPONENT);
        EntityMatcher matcher = new EntityMatcher(gazetteer);
        // A few spokespeople and officials are quoted again and again; most are named once or twice.
        this.unlistedPeople = new ZipfSampler<>(unlisted(EntityType.PERSON, matcher), QUOTED_PEOPLE_EXPONENT);
        this.unlistedPlaces = new ZipfSampler<>(unlisted(EntityType.LOC, matcher), ZipfSampler.NEWS_EXPONENT);
        this.unlistedOrganisations = new ZipfSampler<>(unlisted(EntityType.ORG, matcher), ZipfSampler.NEWS_EXPONENT);
    }

    /**
     * The unlisted names of a type that the gazetteer finds nothing in, whole or in part (a person's bare surname
     * is written alone too), with the ids enrich gives the names it learns.
     */
    private static List<Entity> unlisted(EntityType type, EntityMatcher matcher) {
        List<Entity> kept = new ArrayList<>();
        for (String line : resourceLines("/generate/unlisted.tsv", 1)) {
            String[] columns = line.split("\t", -1);
            String name = columns[1];
            if (EntityType.valueOf(columns[0]) != type || !matcher.find(List.of(name)).isEmpty()) {
                continue;
            }
            String normal = String.join(" ", ArabicTokenizer.words(name).stream().map(ArabicTokenizer.Word::normal)
                    .toList());
            kept.add(new Entity(LearnedEntityIds.id(type, normal), type, null, null, null, name, List.of(), List.of(),
                    null, "unlisted"));
        }
        return kept;
    }

    private static List<Entity> countriesByProminence(Gazetteer gazetteer, Set<String> plantedIds) {
        List<Entity> ranked = new ArrayList<>();
        for (String code : LEADING_COUNTRIES) {
            Entity e = gazetteer.entity("country:" + code);
            if (e != null && !plantedIds.contains(e.id()) && Nisba.of(e) != null) {
                ranked.add(e);
            }
        }
        for (Entity e : gazetteer.entities()) {
            if (e.id().startsWith("country:") && !ranked.contains(e) && !plantedIds.contains(e.id())
                    && Nisba.of(e) != null) {
                ranked.add(e);
            }
        }
        return ranked;
    }

    /** Outlets that bodies may cite: their names are not common words. */
    private static Set<String> outletIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (String line : resourceLines("/sources/outlets.tsv", 1)) {
            String[] columns = line.split("\t", -1);
            if (columns.length > 1 && "yes".equals(columns[1])) {
                ids.add(columns[0]);
            }
        }
        return ids;
    }

    private static List<String> resourceLines(String name, int headerLines) {
        InputStream in = Catalog.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int skipped = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (skipped++ < headerLines || line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                lines.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
