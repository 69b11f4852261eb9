// The "why" view of the selected claim or response: the reasons the analysis recorded for finding
// it, and for each pair it is in, the reasons they pair. Plain lines; the overlay wraps them.
import type {Analysis, Claim, Response} from '../core/types.js';

const quote = (text: string): string => `“${text.length > 160 ? `${text.slice(0, 159)}…` : text}”`;
const who = (s: Claim | Response): string => `${s.speaker ?? 'unknown speaker'}${s.role ? ` (${s.role})` : ''}`;

/** Lines explaining a statement of `analysis` (a claim or a response id); empty when it is not there. */
export function whyLines(analysis: Analysis, id: string): string[] {
	const claim = analysis.claims.find(c => c.id === id);
	const response = claim ? undefined : analysis.responses.find(r => r.id === id);
	const statement = claim ?? response;
	if (!statement) return [];
	const lines = [`Why this ${claim ? 'claim' : 'response'} is here (w or esc closes)`, '', `${who(statement)}: ${quote(statement.text)}`, ''];
	for (const reason of statement.why) lines.push(`  • ${reason}`);
	const pairs = analysis.pairs.filter(p => (claim ? p.claim === id : p.response === id));
	lines.push('');
	if (pairs.length === 0) {
		lines.push(claim ? 'No response in this article passes the bar for answering it.' : 'It answers no claim in particular (a general statement).');
		return lines;
	}

	for (const pair of pairs) {
		const other = claim ? analysis.responses.find(r => r.id === pair.response) : analysis.claims.find(c => c.id === pair.claim);
		if (!other) continue;
		lines.push(`${claim ? 'Answered by' : 'Answers'} ${who(other)}, score ${pair.score}: ${quote(other.text)}`);
		for (const reason of pair.why) lines.push(`  • ${reason}`);
		lines.push('');
	}

	return lines;
}
