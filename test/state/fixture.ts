// Hand-made test data (not app code): small articles and analyses with offsets found by text,
// so reducer and UI tests do not depend on the analysis core.
import type {Analysis, Article, Claim, Entity, EntityType, Response, Span} from '../../source/core/types.js';

/** The span of the first occurrence of `text` in `body` (throws if absent, so fixtures stay honest). */
export function spanOf(body: string, text: string): Span {
	const start = body.indexOf(text);
	if (start === -1) {
		throw new Error(`fixture text not found: ${text}`);
	}

	return {start, end: start + text.length};
}

/** A test article. */
export function makeArticle(id: string, overrides: Partial<Article> = {}): Article {
	return {
		id,
		path: `${id}.md`,
		title: `Title of ${id}`,
		outlet: 'Test Wire',
		published: '2024-07-10',
		source: null,
		body: 'Nothing happened today.',
		...overrides,
	};
}

type StatementSpec = {id: string; text: string; speaker: string; topics?: string[]};

/** A test analysis: sentences split on newlines, entities and statements located by their text. */
export function makeAnalysis(article: Article, spec: {
	entities?: Array<[text: string, type: EntityType, canonical?: string]>;
	claims?: StatementSpec[];
	responses?: StatementSpec[];
	pairs?: Array<[claim: string, response: string]>;
}): Analysis {
	const {body} = article;
	const sentences: Span[] = [];
	let start = 0;
	for (const line of body.split('\n')) {
		sentences.push({start, end: start + line.length});
		start += line.length + 1;
	}

	const sentenceOf = (span: Span): Span => sentences.find(s => s.start <= span.start && span.start < s.end) ?? span;
	const statement = (s: StatementSpec, side: 'accuser' | 'china') => {
		const span = spanOf(body, s.text);
		return {
			...span, id: s.id, text: s.text, speaker: s.speaker, role: null, cue: 'said', kind: 'direct' as const,
			side, sentence: sentenceOf(span), content: span, topics: s.topics ?? [], why: [],
		};
	};

	const entities: Entity[] = (spec.entities ?? []).map(([text, type, canonical]) => ({
		...spanOf(body, text), text, type, canonical: canonical ?? text,
	}));
	const claims: Claim[] = (spec.claims ?? []).map(s => statement(s, 'accuser'));
	const responses: Response[] = (spec.responses ?? []).map(s => statement(s, 'china'));
	return {
		articleId: article.id,
		sentences,
		entities,
		claims,
		responses,
		pairs: (spec.pairs ?? []).map(([claim, response], i) => ({claim, response, score: 1 - (i / 100), why: []})),
	};
}

/** A two-claim article: the first claim answered, the second not, plus filler lines to scroll through. */
export function sampleArticle(id = 'sample', published = '2024-07-10'): {article: Article; analysis: Analysis} {
	const filler = Array.from({length: 30}, (_, i) => `Filler line ${i + 1} says little of note.`);
	const body = [
		'NATO met in Washington on Wednesday.',
		'Jens Stoltenberg said China is a decisive enabler of the war.',
		...filler.slice(0, 15),
		'Lin Jian said the accusation is groundless and smears China.',
		...filler.slice(15),
		'The allies also warned about cyber attacks from Beijing.',
	].join('\n');
	const article = makeArticle(id, {body, published, title: `NATO and China (${id})`});
	const analysis = makeAnalysis(article, {
		entities: [['NATO', 'organization'], ['Washington', 'place'], ['Wednesday', 'date'], ['Jens Stoltenberg', 'person'], ['Lin Jian', 'person']],
		claims: [
			{id: 'c1', text: 'China is a decisive enabler of the war', speaker: 'Jens Stoltenberg', topics: ['support']},
			{id: 'c2', text: 'warned about cyber attacks from Beijing', speaker: 'NATO', topics: ['security']},
		],
		responses: [{id: 'r1', text: 'the accusation is groundless and smears China', speaker: 'Lin Jian', topics: ['support']}],
		pairs: [['c1', 'r1']],
	});
	return {article, analysis};
}
