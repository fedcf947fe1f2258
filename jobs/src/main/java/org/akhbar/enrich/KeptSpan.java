package org.akhbar.enrich;

/** The first and last word of what a span rule keeps of a tagger's span. */
record KeptSpan(int first, int last) {
}
