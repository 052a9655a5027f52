/**
 * The name authority and everything that knows names across scripts and romanizations.
 *
 * <p>Owns: {@link org.livebrief.names.NameEntity} (people, places, organisations with names per language,
 * variants with status and validity, historical names, related entities, context exceptions) and its REST
 * resource under {@code /api/names}; the romanization systems ({@link org.livebrief.names.Romanization}: KMU
 * 2010 as ICU rules, BGN/PCGN, scholarly); the house styles ({@link org.livebrief.names.HouseStyle}: rferl,
 * ap, reuters, nyt, cnn, kmu2010), which are data ({@code names/styles/*.json}, read by
 * {@link org.livebrief.names.StyleFiles}, described in {@code docs/house-styles.md}): per outlet a romanization
 * system and rules per source language, its own spellings and a sample of its published spellings, each with a
 * source and a date; name-key analysis ({@link org.livebrief.names.NameKeys}) and matching
 * ({@link org.livebrief.names.NameIndex}); the style checker ({@link org.livebrief.names.StyleChecker},
 * {@code /api/style/check}, which suggests the house spelling in the case of a found case form:
 * {@link org.livebrief.names.Declension}, {@link org.livebrief.names.CaseForms}); tagging ({@link org.livebrief.names.Tagger}: the mentions of entities in an
 * entry's plain text, including Ukrainian and Russian case forms read by {@link org.livebrief.names.SlavicCases};
 * {@link org.livebrief.names.Mentions}: the {@code entry_mention} rows, written in the publishing transaction,
 * {@code /api/names/{id}/entries}; {@link org.livebrief.names.Retagging} after authority changes); and the starter
 * data of Ukrainian places — former names with validity and names in neighbouring languages ({@link org.livebrief.names.StarterNames}).
 *
 * <p>Beyond a word's keys (stop 14, {@code docs/names-data.md}): {@link org.livebrief.names.AnalyzedName} reads the
 * forms around a name — generic words by meaning ({@link org.livebrief.names.GenericWords}), stem keys of region
 * phrases, acronym keys, German compounds, the Latin -ia of lands, conjunctions and patronymic markers;
 * {@link org.livebrief.names.NameIndex} adds the acronyms of registered names and finds near skeletons through their
 * consonant signature (never a scan); {@link org.livebrief.names.CldrPlaces} gives a place CLDR's names in other
 * languages, and a region the ISO 3166-2 names of Debian iso-codes, when the data agrees with its native name;
 * {@link org.livebrief.names.NameContext} settles a name two entities share by what the text and its briefing
 * named before, never by a guess; {@link org.livebrief.platform.LanguageTags} says which BCP 47 tags
 * name a real language (Debian iso-codes). Knowledge the product does not ship (a gazetteer's former names) is
 * loaded by the admin ({@code src/main/scripts/geonames-import.py} through {@code POST /api/names/import}).
 *
 * <p>Name-key analysis ({@link org.livebrief.names.NameKeys#analyze}) runs on every word of every text the
 * style checker, tagging and search see, so its first-sight cost is held to a few times a Lucene analyzer's
 * per-token cost (see {@code docs/benchmarks.md}): it folds into bytes, finds the applying spelling
 * conventions in one pass and allocates only the keys it returns. Its keys must stay exactly those of the
 * analysis it replaced ({@code NameKeysEquivalenceTest}); a change of matching is a change of the rules
 * (Folding, Convention, reduce), not of that fast path.
 *
 * <p>Invariants: the authority has no duplicates — an entity of the same type with the same name in the
 * same language is refused (409 with {@code existingId}) unless the request allows a true homonym; at most
 * one name per language and house style is preferred; a house style re-spells only an English name that
 * romanizes the native name in exactly one language — a conventional English name (Moscow, Sea of Azov) is
 * the same in every style ({@link org.livebrief.names.EnglishOrigin}) — and an editor's preferred name for a
 * style wins over the style's data ({@link org.livebrief.names.NameCard#preferred}); every shipped style gives
 * all of its sample's spellings ({@code HouseStyleTest}); matching is computed from the registered names alone
 * (no list of known variants), so registering native names and one English spelling is enough; a query
 * resolves to nothing rather than to a wrong entity when words are left over (Zaporizhzhia Oblast), when a
 * given name contradicts (Vitali for Wladimir Klitschko), or when only an ending differs (Zelenska,
 * Mykolaivka); equal scores are reported as ambiguous, never silently picked. The in-memory index is a cache
 * of the database, refreshed from it ({@link org.livebrief.names.NameDirectory}). Names in text are found one
 * way for checking and tagging ({@link org.livebrief.names.NameSpans}). A case form counts only through an
 * exact-key match of a nominative of the same paradigm, so a feminine form never tags a man. Mentions of a
 * published entry always describe its current text (tagged in the transaction that changes it; a retag locks
 * the entry row first); listings show only published entries of public briefings.
 */
package org.livebrief.names;
