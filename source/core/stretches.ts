// A long article analysed a stretch at a time (issue 14, the memory bound): the body is cut at
// paragraph breaks into stretches of about `stretchChars`, each stretch is analysed on its own
// (so only one stretch's working data is alive at a time), and its offsets are shifted back to
// the body's and its ids renumbered to follow the stretches before it. An article no longer than
// a stretch is one stretch, analysed exactly as before. Pure: no file system.
import type {Analysis, Article, Attribution, Claim, Pair, Response, Span} from './types.js';

/** About how many characters (UTF-16 code units) a stretch holds. */
export const stretchChars = 1 << 16;

/** Where the stretch that starts at `start` ends: after the last blank line (else line break) within `size`, else after the first line break beyond it, else at the end. */
function stretchEnd(body: string, start: number, size: number): number {
	const limit = start + size;
	if (limit >= body.length) return body.length;
	// Within the limit, a blank line, else any line break; only with neither, the first break beyond it.
	for (const breakText of ['\n\n', '\n']) {
		const before = body.lastIndexOf(breakText, limit - breakText.length);
		if (before > start) return before + breakText.length;
	}
	const after = body.indexOf('\n', limit);
	if (after < 0) return body.length;
	return body[after + 1] === '\n' ? after + 2 : after + 1;
}

/** The stretches of a body, in order, covering it end to end; one stretch when it is no longer than `size`. */
export function splitStretches(body: string, size = stretchChars): Span[] {
	const spans: Span[] = [];
	for (let start = 0; start < body.length;) {
		const end = stretchEnd(body, start, size);
		spans.push({start, end});
		start = end;
	}

	return spans.length === 0 ? [{start: 0, end: body.length}] : spans;
}

const shiftSpan = <T extends Span>(span: T, by: number): T => ({...span, start: span.start + by, end: span.end + by});

/** An attribution with every span in it moved `by` characters on. */
function shiftAttribution<T extends Attribution>(a: T, by: number): T {
	const shifted = {...shiftSpan(a, by), sentence: shiftSpan(a.sentence, by), content: shiftSpan(a.content, by)};
	if (a.answers) shifted.answers = shiftSpan(a.answers, by);
	if (a.inside) shifted.inside = shiftSpan(a.inside, by);
	return shifted;
}

/** Counts of the claims and responses in the stretches so far (ids go on from them). */
type Numbering = {claims: number; responses: number};

/** Statements renumbered from `after` on ("c1" → "c13"), with a map from the old ids to the new. */
function renumber<T extends Claim | Response>(items: T[], after: number, ids: Map<string, string>): T[] {
	return items.map((item, index) => {
		const id = `${item.id.replace(/\d+$/, '')}${after + index + 1}`;
		ids.set(item.id, id);
		return {...item, id};
	});
}

/** One stretch's analysis with its offsets moved `by` on and its ids following `numbering`. */
export function shiftAnalysis(analysis: Analysis, by: number, numbering: Numbering): Analysis {
	if (by === 0 && numbering.claims === 0 && numbering.responses === 0) return analysis;
	const ids = new Map<string, string>();
	const claims = renumber(analysis.claims, numbering.claims, ids).map(c => shiftAttribution(c, by));
	const responses = renumber(analysis.responses, numbering.responses, ids).map(r => shiftAttribution(r, by));
	const pairs: Pair[] = analysis.pairs.map(p => ({...p, claim: ids.get(p.claim) ?? p.claim, response: ids.get(p.response) ?? p.response}));
	return {
		articleId: analysis.articleId,
		sentences: analysis.sentences.map(s => shiftSpan(s, by)),
		entities: analysis.entities.map(e => shiftSpan(e, by)),
		claims,
		responses,
		pairs,
	};
}

/**
 * Analyses an article a stretch at a time: each stretch's analysis in turn, its offsets into the
 * whole body and its ids following the stretches before. A short article gives one analysis:
 * `analyseOne(article)` itself.
 */
export function* analyseInStretches(article: Article, analyseOne: (article: Article) => Analysis, size = stretchChars): Generator<Analysis> {
	const spans = splitStretches(article.body, size);
	if (spans.length === 1) {
		yield analyseOne(article);
		return;
	}

	const numbering: Numbering = {claims: 0, responses: 0};
	for (const {start, end} of spans) {
		const part = shiftAnalysis(analyseOne({...article, body: article.body.slice(start, end)}), start, numbering);
		numbering.claims += part.claims.length;
		numbering.responses += part.responses.length;
		yield part;
	}
}

/** The stretches' analyses as one. */
export function joinAnalyses(articleId: string, parts: Iterable<Analysis>): Analysis {
	const whole: Analysis = {articleId, sentences: [], entities: [], claims: [], responses: [], pairs: []};
	for (const part of parts) {
		for (const key of ['sentences', 'entities', 'claims', 'responses', 'pairs'] as const) {
			const into = whole[key] as unknown[];
			for (const item of part[key]) into.push(item);
		}
	}

	return whole;
}
