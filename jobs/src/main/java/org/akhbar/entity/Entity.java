package org.akhbar.entity;

import java.io.Serializable;
import java.util.List;

/**
 * One gazetteer entry.
 *
 * @param id          stable readable slug: {@code country:az}, {@code city:moscow}, {@code person:dmitry-peskov}
 * @param type        PERSON, ORG or LOC
 * @param subtype     for LOC: country, city or region; else null
 * @param wikidataId  the Wikidata Q-id where it is certain, else null
 * @param nameEn      English canonical name
 * @param nameAr      Arabic canonical name
 * @param aliases     other Arabic spellings (names only; nisba forms are in {@code nisba})
 * @param nisba       adjectives and demonyms that refer to the entity (countries)
 * @param countryCode ISO 3166-1 alpha-2 of the entity's country where known (countries and cities), else null
 * @param origin      where the entry comes from: icu, curated or user
 */
public record Entity(String id, EntityType type, String subtype, String wikidataId, String nameEn, String nameAr,
                     List<String> aliases, List<String> nisba, String countryCode, String origin)
        implements Serializable {

    public Entity {
        aliases = List.copyOf(aliases);
        nisba = List.copyOf(nisba);
    }
}
