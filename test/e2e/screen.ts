// Reading a screen captured with colours (tmux capture-pane -e): which text is drawn in reverse
// video, the reader's highlight for the selected sentence, list row or side-pane entry.

const sgr = /\u001B\[([\d;:]*)m/g;

/** Text drawn in reverse video, runs joined by one space, whitespace collapsed. */
export function reverseText(captured: string): string {
	const runs: string[] = [];
	let reverse = false;
	for (const line of captured.split('\n')) {
		let run = '';
		let at = 0;
		const flush = () => {
			if (run.trim()) runs.push(run.trim());
			run = '';
		};

		for (const match of line.matchAll(sgr)) {
			if (reverse) run += line.slice(at, match.index);
			at = match.index + match[0].length;
			for (const code of (match[1] || '0').split(';')) {
				if (code === '7') reverse = true;
				if (code === '0' || code === '27') {
					if (reverse) flush();
					reverse = false;
				}
			}
		}

		if (reverse) run += line.slice(at);
		flush();
	}

	return runs.join(' ').replaceAll(/\s+/g, ' ');
}

/** Collapses whitespace, as a wrapped line reads once joined. */
export const squash = (text: string) => text.replaceAll(/\s+/g, ' ').trim();

/** The start of a text, cut at a word boundary, at most `max` characters: what fits on a line. */
export function probe(text: string, max = 24): string {
	const flat = squash(text);
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max + 1);
	const space = cut.lastIndexOf(' ');
	return space > 8 ? cut.slice(0, space) : flat.slice(0, max);
}
