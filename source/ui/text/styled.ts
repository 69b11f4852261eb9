// A style applied to text as escape codes, exactly as Ink's <Text> applies the same props (same
// chalk instance, same order: dim, colour, bold, underline, inverse). A line of many styled runs
// can then be one <Text> holding one string instead of a <Text> per run: far fewer React
// elements and Ink nodes per frame (test/ui/styled checks the frames are identical).
import chalk from 'chalk';
import type {Style} from '../theme.js';

/** `text` with `style`'s escape codes, as `<Text {...style}>{text}</Text>` would draw it. */
export function styled(text: string, style: Style): string {
	let out = text;
	if (style.dimColor) out = chalk.dim(out);
	if (style.color) out = foreground(style.color)(out);
	if (style.bold) out = chalk.bold(out);
	if (style.italic) out = chalk.italic(out);
	if (style.underline) out = chalk.underline(out);
	if (style.inverse) out = chalk.inverse(out);
	return out;
}

/** The chalk function of a named colour (the theme uses only chalk's named colours). */
function foreground(color: string): (text: string) => string {
	const paint = (chalk as unknown as Record<string, unknown>)[color];
	if (typeof paint !== 'function') throw new TypeError(`not a named colour: ${color}`);
	return paint as (text: string) => string;
}
