// The project's own scorer: compares a `riposte/analysis@1` export with gold annotations by the
// rules of the eval README (the same figures as the reference score.mjs). Pure: callers read files.

import {coveredFraction, locate, normalise, norm, overlap} from './text.js';
import {cleanName, nameMatcher, type AliasGroups} from './names.js';
import {scoreEntities} from './score-entities.js';

/** A gold statement. */
export type GoldItem = {id: string; text: string; speaker: string[]; optional?: boolean; answeredBy?: string[]; unansweredOk?: boolean};
/** A gold file. */
export type Gold = {file: string; locate: string; claims: GoldItem[]; responses: GoldItem[]; entities?: Array<{name: string; type: string; optional?: boolean}>};
/** A predicted statement as exported (loosely typed: the export is read from JSON). */
export type PredItem = {id?: string; text?: string; start?: number; end?: number; speaker?: string | null};
/** A predicted article as exported. */
export type PredArticle = {body?: string; claims?: PredItem[]; responses?: PredItem[]; pairs?: Array<{claim: string; response: string; score?: number}>; entities?: Array<{text?: string; canonical?: string; name?: string; type?: string}>};

/** Precision, recall and F1, rounded to three places. */
export type Prf = {precision: number; recall: number; f1: number};
/** All figures. */
export type ScoreResult = {articles: string; claims: Prf; responses: Prf; speakers: number; pairing: number; pairingOfFound: number; entities: Prf};
/** Figures plus per-article rows and the list of misses. */
export type ScoreReport = {result: ScoreResult; perArticle: Array<Record<string, string | boolean>>; details: string[]};

type Counts = {tp: number; pred: number; found: number; gold: number};
type Span2 = [number, number];

const round = (x: number) => Math.round(x * 1000) / 1000;
const prf = (t: Counts): Prf => {
	const p = t.pred ? t.tp / t.pred : 0;
	const r = t.gold ? t.found / t.gold : 0;
	return {precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0)};
};

/** Scores predicted articles against gold files. */
export function score(predArticles: readonly PredArticle[], golds: readonly Gold[], aliases: AliasGroups, verbose = false): ScoreReport {
	const matches = nameMatcher(aliases);
	const totals = {claims: zero(), responses: zero(), entities: zero(), speakers: {ok: 0, n: 0}, pairing: {ok: 0, n: 0, okFound: 0, nFound: 0}};
	const perArticle: Array<Record<string, string | boolean>> = [];
	const details: string[] = [];
	for (const gold of golds) {
		const locateNorm = norm(gold.locate);
		const article = predArticles.find(a => typeof a?.body === 'string' && normalise(a.body).text.includes(locateNorm));
		const row: Record<string, string | boolean> = {gold: gold.file, found: Boolean(article)};
		perArticle.push(row);
		const required = <T extends {optional?: boolean}>(list: readonly T[]) => list.filter(x => !x.optional);
		if (!article?.body) {
			totals.claims.gold += required(gold.claims).length;
			totals.responses.gold += required(gold.responses).length;
			totals.pairing.n += required(gold.claims).length;
			totals.entities.gold += required(gold.entities ?? []).length;
			details.push(`${gold.file}: no exported article contains its text`);
			continue;
		}
		const bodyText = article.body;
		const body = normalise(bodyText);
		const spanOf = (item: PredItem): Span2 | null => {
			if (Number.isInteger(item?.start) && Number.isInteger(item?.end) && item.end! > item.start! && item.end! <= bodyText.length) {
				return [body.map[item.start!]!, body.map[item.end!]!];
			}
			return typeof item?.text === 'string' ? locate(body.text, item.text) : null;
		};
		const predToGold = {claims: new Map<string | undefined, string>(), responses: new Map<string | undefined, string>()};
		const goldToPred = {claims: new Map<string, PredItem | null>(), responses: new Map<string, PredItem | null>()};
		for (const kind of ['claims', 'responses'] as const) {
			const g = (gold[kind] ?? []).map(x => ({...x, span: locate(body.text, x.text)}));
			for (const x of g) if (!x.span) details.push(`${gold.file} ${x.id}: gold text not found in exported body`);
			const gAll = g.filter((x): x is typeof x & {span: Span2} => x.span !== null);
			const gReq = gAll.filter(x => !x.optional);
			const p = (article[kind] ?? []).map(x => ({...x, span: spanOf(x)})).filter((x): x is typeof x & {span: Span2} => x.span !== null && x.span[1] > x.span[0]);
			const t = totals[kind];
			t.pred += p.length;
			t.gold += g.filter(x => !x.optional).length;
			let tp = 0;
			for (const item of p) {
				if (coveredFraction(item.span, gAll.map(x => x.span)) >= 0.5) tp++;
				else if (verbose) details.push(`${gold.file} ${kind} false positive: ${item.text?.slice(0, 90)}`);
				const best = bestOverlap(item.span, gAll);
				if (best.item && best.overlap / (item.span[1] - item.span[0]) >= 0.5) predToGold[kind].set(item.id, best.item.id);
			}
			t.tp += tp;
			let found = 0;
			for (const x of gReq) {
				if (coveredFraction(x.span, p.map(y => y.span)) >= 0.5) {
					found++;
					const best = bestOverlap(x.span, p).item;
					goldToPred[kind].set(x.id, best);
					totals.speakers.n++;
					if (matches(best?.speaker, x.speaker)) totals.speakers.ok++;
					else if (verbose) details.push(`${gold.file} ${x.id} speaker: got "${best?.speaker}", want ${JSON.stringify(x.speaker)}`);
				} else if (verbose) details.push(`${gold.file} ${kind} missed ${x.id}: ${x.text.slice(0, 90)}`);
			}
			t.found += found;
			row[kind] = `${found}/${gReq.length} found, ${tp}/${p.length} correct`;
		}
		const pairs = Array.isArray(article.pairs) ? article.pairs : [];
		for (const gc of gold.claims.filter(x => !x.optional)) {
			totals.pairing.n++;
			const pc = goldToPred.claims.get(gc.id);
			if (!pc) continue;
			totals.pairing.nFound++;
			const mine = pairs.filter(pr => pr.claim === pc.id).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
			const answeredBy = gc.answeredBy ?? [];
			const ok = mine.length === 0 ? answeredBy.length === 0 || gc.unansweredOk === true : answeredBy.includes(predToGold.responses.get(mine[0]!.response) ?? '');
			if (ok) {
				totals.pairing.ok++;
				totals.pairing.okFound++;
			} else if (verbose) {
				const got = mine.length ? predToGold.responses.get(mine[0]!.response) ?? `unmatched ${mine[0]!.response}` : 'nothing';
				details.push(`${gold.file} ${gc.id} paired with ${got}, want ${JSON.stringify(answeredBy)}`);
			}
		}
		row['entities'] = scoreEntities(article, gold, totals.entities, matches, cleanName, verbose ? details : null);
	}
	const result: ScoreResult = {
		articles: `${perArticle.filter(r => r['found']).length}/${golds.length}`,
		claims: prf(totals.claims),
		responses: prf(totals.responses),
		speakers: round(totals.speakers.n ? totals.speakers.ok / totals.speakers.n : 0),
		pairing: round(totals.pairing.n ? totals.pairing.ok / totals.pairing.n : 0),
		pairingOfFound: round(totals.pairing.nFound ? totals.pairing.okFound / totals.pairing.nFound : 0),
		entities: prf(totals.entities),
	};
	return {result, perArticle, details};
}

function zero(): Counts {
	return {tp: 0, pred: 0, found: 0, gold: 0};
}

function bestOverlap<T extends {span: Span2}>(span: Span2, items: readonly T[]): {item: T | null; overlap: number} {
	let item: T | null = null;
	let best = 0;
	for (const x of items) {
		const ov = overlap(span, x.span);
		if (ov > best) {
			best = ov;
			item = x;
		}
	}
	return {item, overlap: best};
}

/** The one-line summary the reference scorer prints. */
export function summaryLine(r: ScoreResult): string {
	return `claims F1 ${r.claims.f1} (P ${r.claims.precision} R ${r.claims.recall}) | responses F1 ${r.responses.f1} (P ${r.responses.precision} R ${r.responses.recall}) | speakers ${r.speakers} | pairing ${r.pairing} | entities F1 ${r.entities.f1} (P ${r.entities.precision} R ${r.entities.recall}) | articles ${r.articles}`;
}
