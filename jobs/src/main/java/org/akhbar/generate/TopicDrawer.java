package org.akhbar.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.akhbar.entity.Entity;
import org.akhbar.entity.Gazetteer;

/** Draws the topic of an original story: a day of the period, Zipf-ranked entities and tags, planted signals. */
final class TopicDrawer {
    static final double UNLISTED_PERSON_SHARE = 0.85;
    static final double UNLISTED_PLACE_SHARE = 0.35;
    static final double UNLISTED_ORGANISATION_SHARE = 0.25;

    private final Catalog catalog;
    private final PlantedSignals planted;
    private final Gazetteer gazetteer;
    private final LocalDate start;
    private final long days;

    TopicDrawer(Catalog catalog, PlantedSignals planted, Gazetteer gazetteer, GeneratorSettings settings) {
        this.catalog = catalog;
        this.planted = planted;
        this.gazetteer = gazetteer;
        this.start = settings.start();
        this.days = ChronoUnit.DAYS.between(settings.start(), settings.end());
    }

    Topic draw(SplittableRandom random) {
        LocalDate day = start.plusDays(random.nextLong(days));
        // Daytime hours keep every written form of the date (with or without an offset) on the same UTC day.
        Instant published = day.atTime(6 + random.nextInt(14), random.nextInt(60)).toInstant(ZoneOffset.UTC);
        int month = planted.offset(YearMonth.from(day));

        List<Entity> people = new ArrayList<>(catalog.people.sampleDistinct(random, 2, List.of()));
        Entity organisation = catalog.organisations.sample(random);
        Entity place = catalog.places.sample(random);
        int pair = planted.pairIn(month);
        if (pair >= 0 && random.nextDouble() < PlantedSignals.PAIR_SHARE) {
            PlantedSignals.Pair p = PlantedSignals.PAIRS.get(pair);
            for (Entity e : List.of(gazetteer.entity(p.first()), gazetteer.entity(p.second()))) {
                switch (e.type()) {
                    case PERSON -> people.set(0, e);
                    case ORG -> organisation = e;
                    case LOC -> place = e;
                }
            }
        } else {
            pair = -1;
        }
        List<Entity> countries = catalog.countries.sampleDistinct(random, 2, List.of());
        Entity outlet = catalog.outlets.sample(random);

        List<String> tags = new ArrayList<>(catalog.topicTags.sampleDistinct(random, 1 + random.nextInt(2), List.of()));
        for (int t = 0; t < PlantedSignals.RISING_TAGS.size(); t++) {
            if (random.nextDouble() < planted.risingShare(t, month)) {
                tags.add(PlantedSignals.RISING_TAGS.get(t));
            }
        }
        if (random.nextDouble() < planted.newTagShare(month)) {
            tags.add(PlantedSignals.NEW_TAG);
        }
        return new Topic(published, people, countries, place, organisation, outlet, tags, pair, unlisted(random));
    }

    /**
     * Most stories name someone no list knows (a spokesman, a witness, a mayor), as most people in real news are,
     * some a town or an association.
     */
    private Topic.Unlisted unlisted(SplittableRandom random) {
        Entity person = random.nextDouble() < UNLISTED_PERSON_SHARE ? catalog.unlistedPeople.sample(random) : null;
        Entity place = random.nextDouble() < UNLISTED_PLACE_SHARE ? catalog.unlistedPlaces.sample(random) : null;
        Entity organisation = random.nextDouble() < UNLISTED_ORGANISATION_SHARE
                ? catalog.unlistedOrganisations.sample(random) : null;
        return new Topic.Unlisted(person, place, organisation);
    }

}
