// Formats analyses as a readable Markdown report: per article its title, outlet and date, then
// each claim with its speaker and the response(s) paired with it, strongest first.
import type {Claim, Response} from '../core/types.js';
import {topicLabel} from '../core/lexicon/topics.js';
import type {AnalysedArticle} from './export-json.js';
import {sourceUrl} from '../text/source-url.js';

/** One line of quoted text: white space folded, length capped so a report stays readable. */
function excerpt(text: string, max = 280): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function who(s: Claim | Response): string {
	const name = s.speaker ?? 'Unknown speaker';
	return s.role && !s.role.includes(name) ? `**${name}** (${s.role})` : `**${name}**`;
}

/** The Markdown report for a set of analysed articles. */
export function toMarkdownReport(items: ReadonlyArray<AnalysedArticle>): string {
	const lines: string[] = ['# Claims and responses', ''];
	for (const {article, analysis} of items) {
		lines.push(`## ${article.title}`, '');
		const url = sourceUrl(article);
		lines.push(`${article.outlet ?? 'Outlet unknown'} · ${article.published ?? 'date unknown'}${article.author ? ` · by ${article.author}` : ''} · ${url ?? article.path}`, '');
		if (analysis.claims.length === 0) {
			lines.push('_No claims about China found in this article._', '');
			continue;
		}
		const responses = new Map(analysis.responses.map(r => [r.id, r]));
		for (const claim of analysis.claims) {
			const topics = claim.topics.length > 0 ? ` _[${claim.topics.map(topicLabel).join(', ')}]_` : '';
			lines.push(`- ${who(claim)}: “${excerpt(claim.text)}”${topics}`);
			const paired = analysis.pairs
				.filter(p => p.claim === claim.id)
				.sort((a, b) => b.score - a.score)
				.flatMap(p => {
					const r = responses.get(p.response);
					return r ? [{r, score: p.score}] : [];
				});
			if (paired.length === 0) lines.push('  - _No response in this article answers this claim._');
			for (const {r, score} of paired) lines.push(`  - ⇄ ${who(r)}: “${excerpt(r.text)}” (score ${score.toFixed(2)})`);
		}
		const unpaired = analysis.responses.filter(r => !analysis.pairs.some(p => p.response === r.id));
		if (unpaired.length > 0) {
			lines.push('', 'Other responses from China:');
			for (const r of unpaired) lines.push(`- ${who(r)}: “${excerpt(r.text)}”`);
		}
		lines.push('');
	}
	return lines.join('\n');
}
