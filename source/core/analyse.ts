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

/** What analyse() may be given besides the article; every field defaults to the lexicon. */
export type AnalyseOptions = {
	/** Public figures recognised by name (default: lexicon/people). An empty list makes every name come from context. */
	knownPeople?: readonly KnownPerson[];
	/** Who the dispute is between and how its sides are known (default: the China profile). */
	profile?: DisputeProfile;
};

/** Extracts entities, claims, responses and their pairs from one article. Pure and deterministic. */
export function analyse(article: Article, options: AnalyseOptions = {}): Analysis {
	const {body} = article;
	const people = peopleIndex(options.knownPeople ?? knownPeople);
	const paragraphs = splitSentences(body);
	const sentences = paragraphs.flatMap(p => p.sentences);
	const index = indexTokens(body);
	const found = findEntities(body, paragraphs, index, people);
	const quotes = findQuotes(body, paragraphs);
	const raws = findAttributions(body, paragraphs, quotes, index);
	const {attributions} = resolveSpeakers(body, raws, found, people, sentences);
	// Actors the article introduces as the party's ("a Chinese hacking group called Volt Typhoon") name it too.
	const profile = withPartyActors(options.profile ?? chinaProfile, body);
	const {claims, responses} = classify(body, attributions, sentences, profile);
	const pairs = pairClaims(body, claims, responses, sentences, profile.partyWords);
	return {articleId: article.id, sentences, entities: found, claims, responses, pairs};
}
