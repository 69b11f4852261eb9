// Reading a screen captured with colours (tmux capture-pane -e): which text is drawn in reverse
// video, the reader's highlight for the selected sentence, list row or side-pane entry.

const sgr = /\u001B\[([\d;:]*)m/g;

/**
 * Text drawn in reverse video. Runs on one line split only by style changes are joined as they
 * stand; runs separated by other text or by a line break are joined with one space.
 */
export function reverseText(captured: string): string {
	let out = '';
	let reverse = false;
	const add = (text: string) => {
		if (reverse) out += text;
		else if (text.trim() !== '' && !out.endsWith(' ')) out += ' ';
	};

	for (const line of captured.split('\n')) {
		let at = 0;
		for (const match of line.matchAll(sgr)) {
			add(line.slice(at, match.index));
			at = match.index + match[0].length;
			for (const code of (match[1] || '0').split(';')) {
				if (code === '7') reverse = true;
				if (code === '0' || code === '27') reverse = false;
			}
		}

		add(line.slice(at));
		out += ' ';
	}

	return out.replaceAll(/\s+/g, ' ').trim();
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
