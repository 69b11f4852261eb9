// Capitalised words that are never part of a person's name: function words that open sentences,
// calendar words, and the generic nouns of headlines and page furniture. From English stop-word
// lists (function words) plus the calendar.

/** Lower-cased words that cannot be part of a person's name. */
export const notNameWords: ReadonlySet<string> = new Set([
	'the', 'a', 'an', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'to', 'of', 'and', 'but', 'or', 'as', 'after',
	'before', 'meanwhile', 'still', 'yet', 'this', 'that', 'these', 'those', 'it', 'its', 'we', 'our', 'they', 'their',
	'he', 'she', 'his', 'her', 'i', 'if', 'when', 'while', 'both', 'several', 'some', 'all', 'many', 'most', 'editor',
	'related', 'stories', 'topics', 'updated', 'photographer', 'leaders', 'allies', 'western', 'summit', 'declaration',
	'statement', 'war', 'world', 'cold', 'second', 'first', 'new', 'news', 'warning', 'support', 'charter', 'treaty',
	'conference', 'meeting', 'forum', 'union', 'edited', 'subscribe', 'read', 'more', 'watch', 'listen', 'share',
	'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
	'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'sept.',
	'oct.', 'nov.', 'dec.', 'aug.', 'here', 'there', 'what', 'why', 'how', 'who', 'where', 'not', 'no', 'yes',
	'according', 'opens', 'window', 'pool', 'images', 'via', 'photo', 'video', 'also', 'back', 'ahead', 'speaking',
	'attending', 'drills', 'us', 'pacific', 'atlantic', 'euro-atlantic',
]);

/** Capitalised function words that open sentences but never a speaker's name or title. */
export const functionWords: ReadonlySet<string> = new Set([
	'in', 'on', 'at', 'for', 'with', 'from', 'by', 'to', 'of', 'and', 'but', 'or', 'as', 'after', 'before',
	'meanwhile', 'still', 'yet', 'this', 'that', 'these', 'those', 'it', 'its', 'we', 'our', 'they', 'their', 'he',
	'she', 'his', 'her', 'i', 'if', 'when', 'while', 'here', 'there', 'what', 'why', 'how', 'who', 'where', 'not',
	'no', 'yes', 'according', 'also', 'back', 'ahead', 'speaking', 'separately', 'however', 'instead', 'last', 'next',
]);

/** Words that join capitalised words inside one name ("Group of Seven", "Bosnia and Herzegovina"). */
export const nameConnectors: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'von', 'van', 'der', 'al', 'bin']);

/**
 * Words that say nothing about what a statement is about, for comparing two statements' wording:
 * English function words (the usual stop-word lists), auxiliaries, and the verbs and nouns of
 * reporting itself ("said", "statement").
 */
export const stopWords: ReadonlySet<string> = new Set([
	'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'so', 'yet', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by',
	'as', 'into', 'onto', 'about', 'over', 'under', 'between', 'through', 'during', 'before', 'after', 'against',
	'among', 'within', 'without', 'than', 'then', 'that', 'this', 'these', 'those', 'there', 'here', 'which', 'who',
	'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'it', 'its', 'they', 'them', 'their', 'theirs', 'we',
	'our', 'us', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'i', 'me', 'my', 'is', 'are', 'was', 'were', 'be',
	'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'doing', 'will', 'would', 'shall',
	'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'also', 'very', 'more', 'most', 'some', 'any',
	'all', 'each', 'every', 'both', 'other', 'such', 'only', 'own', 'same', 'just', 'even', 'still', 'again', 'ever',
	'never', 'now', 'once', 'because', 'while', 'if', 'though', 'although', 'whether', 'until', 'since', 'up', 'down',
	'out', 'off', 'further', 'said', 'says', 'say', 'saying', 'told', 'tell', 'tells', 'added', 'adding', 'according',
	'statement', 'statements', 'spokesperson', 'spokesman', 'spokeswoman', 'ministry', 'minister', 'foreign',
	'official', 'officials', 'country', 'countries', 'side', 'year', 'years', 'week', 'monday', 'tuesday', 'wednesday',
	'thursday', 'friday', 'saturday', 'sunday', 'one', 'two', 'many', 'much', 'well', 'like', 'made', 'make', 'part',
	'way', 'time', 'including', 'amid', 'per', 'via', 'whole', 'itself', 'themselves',
]);

/**
 * Second halves of compounds that make a name their agent or origin ("Chinese-made", "China-backed",
 * "Beijing-linked"): such a word names the party as much as the name alone does.
 */
export const agentCompoundHeads: readonly string[] = [
	'made', 'based', 'backed', 'linked', 'owned', 'controlled', 'sponsored', 'affiliated', 'supplied', 'built',
	'produced', 'manufactured', 'funded', 'run', 'operated', 'directed', 'connected', 'tied', 'origin', 'sourced',
];
