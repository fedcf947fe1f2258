package org.akhbar.generate;

/** The ways sites write the {@code تاريخ النشر:} line (or leave it out), with how often the generator uses each. */
public enum DateVariant {
    /** {@code 7th, September 2023 GMT}, as in the seeds. */
    ENGLISH_ORDINAL(28, false),
    /** {@code الخميس 7 سبتمبر 2023 - 10:15} */
    ARABIC_EGYPTIAN(14, false),
    /** {@code 7 أيلول 2023} */
    ARABIC_LEVANTINE(8, false),
    /** {@code 07 جويلية 2023 على الساعة 10:15} (Algeria, Tunisia) or {@code 07 شتنبر 2023} (Morocco) */
    ARABIC_MAGHREBI(8, false),
    /** {@code ٧ سبتمبر ٢٠٢٣} */
    EASTERN_DIGITS(8, false),
    /** {@code 2023-09-07T13:15:00+03:00} */
    ISO(7, false),
    /** {@code 07/09/2023 10:15} */
    NUMERIC_DAY_FIRST(5, false),
    /** {@code 22 صفر 1445 هـ} (Umm al-Qura) */
    HIJRI(3, false),
    /** {@code منذ ساعتين}: resolved against the crawl stamp, which such pages always have. */
    RELATIVE_HOURS(6, true),
    /** {@code أمس 14:30}: resolved against the crawl stamp of the next day. */
    YESTERDAY(3, true),
    /** No date line at all. */
    NONE(10, false);

    final int weight;
    final boolean needsCrawlStamp;

    DateVariant(int weight, boolean needsCrawlStamp) {
        this.weight = weight;
        this.needsCrawlStamp = needsCrawlStamp;
    }

    static DateVariant draw(java.util.SplittableRandom random) {
        int total = 0;
        for (DateVariant v : values()) {
            total += v.weight;
        }
        int roll = random.nextInt(total);
        for (DateVariant v : values()) {
            roll -= v.weight;
            if (roll < 0) {
                return v;
            }
        }
        throw new AssertionError();
    }
}
