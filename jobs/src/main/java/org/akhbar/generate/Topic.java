package org.akhbar.generate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.entity.Entity;

/**
 * What a story is about and when it happened: two people, two countries, a place, an organisation, a cited
 * outlet and its topic tags, and maybe a person, a place and an organisation no gazetteer lists. A reprint keeps
 * its original's topic; a different story on the same topic too.
 *
 * @param published   the intended publication instant (UTC)
 * @param plantedPair the planted co-occurring pair this story carries, or -1
 * @param unlisted    the names of the story that no gazetteer lists
 */
record Topic(Instant published, List<Entity> people, List<Entity> countries, Entity place, Entity organisation,
             Entity outlet, List<String> tags, int plantedPair, Unlisted unlisted) {

    /**
     * A person, a place and an organisation that no gazetteer lists, each null when the story names none.
     */
    record Unlisted(Entity person, Entity place, Entity organisation) {
        static final Unlisted NONE = new Unlisted(null, null, null);
    }

    /**
     * Every entity the story names, in a fixed order; an unlisted organisation is not one, since enrich keeps only
     * the people and places it learns.
     */
    List<Entity> entities() {
        List<Entity> all = new ArrayList<>(people);
        all.addAll(countries);
        all.add(place);
        all.add(organisation);
        if (unlisted.person() != null) {
            all.add(unlisted.person());
        }
        if (unlisted.place() != null) {
            all.add(unlisted.place());
        }
        return all;
    }

    Topic publishedAt(Instant instant) {
        return new Topic(instant, people, countries, place, organisation, outlet, tags, plantedPair, unlisted);
    }
}
