// Whole-word keyword matching compiled once per list (case-insensitive, curly apostrophes folded).

/** Compiles keywords into one global regex matching any of them as whole words. */
export function keywordPattern(words: readonly string[]): RegExp {
	const alternatives = [...words]
		.sort((a, b) => b.length - a.length)
		.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Number of keyword occurrences in text. */
export function countMatches(pattern: RegExp, text: string): number {
	pattern.lastIndex = 0;
	let n = 0;
	while (pattern.exec(text) !== null) n++;
	return n;
}
