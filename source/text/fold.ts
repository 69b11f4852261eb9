// Comparison form of a line: the folding the gold scorer uses (curly quotes, dashes, white
// space), plus case, so "repeats the title" survives typographic differences.

/** Folds quotes, dashes, white space and case so two renderings of one line compare equal. */
export function foldForComparison(text: string): string {
	return text
		.replace(/[‘’‚‛′]/g, "'")
		.replace(/[“”„‟″]/g, '"')
		.replace(/[–—‒―]/g, '-')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}
