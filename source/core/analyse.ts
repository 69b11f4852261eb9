// The analysis core: a pure function from an Article to its Analysis. Each numbered step in
// steps/ does one thing; this file only runs them in order.

import type {Analysis, Article} from './types.js';
import {splitSentences} from './steps/01-sentences.js';
import {findEntities} from './steps/02-entities.js';
import {findQuotes} from './steps/03-quotes.js';
import {findAttributions} from './steps/04-attributions.js';
import {resolveSpeakers} from './steps/05-speakers.js';
import {classify} from './dispute/classify.js';
import {pairClaims} from './dispute/pair.js';
import {chinaProfile} from './dispute/china.js';
import type {DisputeProfile} from './dispute/profile.js';
import {withPartyActors} from './dispute/party-actors.js';
import {indexTokens} from './util/tokens.js';
import {peopleIndex} from './util/people-index.js';
import {knownPeople, type KnownPerson} from './lexicon/people.js';
import {analyseInStretches, joinAnalyses, splitStretches} from './stretches.js';

/** What analyse() may be given besides the article; every field defaults to the lexicon. */
export type AnalyseOptions = {
	/** Public figures recognised by name (default: lexicon/people). An empty list makes every name come from context. */
	knownPeople?: readonly KnownPerson[];
	/** Who the dispute is between and how its sides are known (default: the China profile). */
	profile?: DisputeProfile;
};

/** Extracts entities, claims, responses and their pairs from one stretch of text (a whole article when it is short). */
function analyseStretch(article: Article, people: ReturnType<typeof peopleIndex>, baseProfile: DisputeProfile): Analysis {
	const {body} = article;
	const paragraphs = splitSentences(body);
	const sentences = paragraphs.flatMap(p => p.sentences);
	const index = indexTokens(body);
	const found = findEntities(body, paragraphs, index, people);
	const quotes = findQuotes(body, paragraphs);
	const raws = findAttributions(body, paragraphs, quotes, index);
	const {attributions} = resolveSpeakers(body, raws, found, people, sentences);
	// Actors the article introduces as the party's ("a Chinese hacking group called Volt Typhoon") name it too.
	const profile = withPartyActors(baseProfile, body);
	const {claims, responses} = classify(body, attributions, sentences, profile);
	const pairs = pairClaims(body, claims, responses, sentences, profile.partyWords);
	return {articleId: article.id, sentences, entities: found, claims, responses, pairs};
}

/**
 * The analysis of an article a stretch at a time (source/core/stretches.ts): each stretch's
 * analysis in turn, offsets into the whole body, ids running on. A short article is one stretch.
 */
export function analyseStretches(article: Article, options: AnalyseOptions = {}): Generator<Analysis> {
	const people = peopleIndex(options.knownPeople ?? knownPeople);
	const profile = options.profile ?? chinaProfile;
	return analyseInStretches(article, stretch => analyseStretch(stretch, people, profile));
}

/** Extracts entities, claims, responses and their pairs from one article (a long one a stretch at a time). Pure and deterministic. */
export function analyse(article: Article, options: AnalyseOptions = {}): Analysis {
	const parts = analyseStretches(article, options);
	if (splitStretches(article.body).length === 1) return parts.next().value as Analysis;
	return joinAnalyses(article.id, parts);
}
