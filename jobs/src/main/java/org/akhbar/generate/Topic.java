package org.akhbar.generate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.akhbar.entity.Entity;

/**
 * What a story is about and when it happened: two people, two countries, a place, an organisation, a cited
 * outlet and its topic tags. A reprint keeps its original's topic; a different story on the same topic too.
 *
 * @param published   the intended publication instant (UTC)
 * @param plantedPair the planted co-occurring pair this story carries, or -1
 */
record Topic(Instant published, List<Entity> people, List<Entity> countries, Entity place, Entity organisation,
             Entity outlet, List<String> tags, int plantedPair) {

    /** Every entity the story names, in a fixed order. */
    List<Entity> entities() {
        List<Entity> all = new ArrayList<>(people);
        all.addAll(countries);
        all.add(place);
        all.add(organisation);
        return all;
    }

    Topic publishedAt(Instant instant) {
        return new Topic(instant, people, countries, place, organisation, outlet, tags, plantedPair);
    }
}
