// The shape of an Analysis, checked field by field when one is read back from the cache: the
// cache folder is only a folder of files, and a hand-edited or corrupt entry ("entities":[null],
// a span past the body, a BEL in a speaker's name) must be dropped, not drawn or crashed on.
// Each object check lists every field of its type (the mapped types below make the compiler
// insist), so a field added to core/types.ts cannot be forgotten here.
import type {Analysis, Attribution, Claim, Entity, Pair, Response, Span} from '../core/types.js';
import {isTerminalSafe} from '../text/sanitize.js';

type Check = (value: unknown) => boolean;
/** One check for each field of T, none missing, none extra. */
type Shape<T> = {[K in keyof T]-?: Check};

const isString: Check = value => typeof value === 'string' && isTerminalSafe(value);
const isNumber: Check = value => typeof value === 'number' && Number.isFinite(value);
const nullable = (check: Check): Check => value => value === null || check(value);
const oneOf = (...values: string[]): Check => value => typeof value === 'string' && values.includes(value);
const listOf = (check: Check): Check => value => Array.isArray(value) && value.every(item => check(item));
const object = <T>(shape: Shape<T>): Check => {
	const entries = Object.entries(shape) as Array<[string, Check]>;
	return value => typeof value === 'object' && value !== null && !Array.isArray(value) && entries.every(([key, check]) => check((value as Record<string, unknown>)[key]));
};

/** The checks for one article's analysis: spans must lie inside its body. */
function checksFor(bodyLength: number) {
	const offset: Check = value => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= bodyLength;
	const spanShape: Shape<Span> = {start: offset, end: offset};
	const isSpan = (value: unknown) => object<Span>(spanShape)(value) && (value as Span).start <= (value as Span).end;
	const spanned = (check: Check): Check => value => check(value) && isSpan(value);
	const attribution: Shape<Attribution> = {
		...spanShape,
		text: isString,
		speaker: nullable(isString),
		role: nullable(isString),
		cue: isString,
		kind: oneOf('direct', 'indirect', 'according'),
		side: oneOf('accuser', 'china', 'other'),
		sentence: isSpan,
		content: isSpan,
		answers: value => value === undefined || isSpan(value),
		inside: value => value === undefined || isSpan(value),
		person: value => value === undefined || typeof value === 'boolean',
		act: value => value === undefined || typeof value === 'boolean',
		why: listOf(isString),
	};
	const statement = {...attribution, id: isString, topics: listOf(isString)};
	return object<Analysis>({
		articleId: isString,
		sentences: listOf(isSpan),
		entities: listOf(spanned(object<Entity>({...spanShape, text: isString, canonical: isString, type: oneOf('person', 'organization', 'place', 'date')}))),
		claims: listOf(spanned(object<Claim>(statement))),
		responses: listOf(spanned(object<Response>(statement))),
		pairs: listOf(object<Pair>({claim: isString, response: isString, score: isNumber, why: listOf(isString)})),
	});
}

/** Whether `data` has the shape of an Analysis of an article with this id and body; pairs must name its claims and responses. */
export function isAnalysisOf(data: unknown, articleId: string, body: string): data is Analysis {
	if (!checksFor(body.length)(data)) return false;
	const analysis = data as Analysis;
	if (analysis.articleId !== articleId) return false;
	const claims = new Set(analysis.claims.map(claim => claim.id));
	const responses = new Set(analysis.responses.map(response => response.id));
	return analysis.pairs.every(pair => claims.has(pair.claim) && responses.has(pair.response));
}
