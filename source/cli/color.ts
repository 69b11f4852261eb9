// Colour on or off, decided once and passed down: NO_COLOR (https://no-color.org) wins, then
// FORCE_COLOR, then whether the output is a terminal that can show colour.

type Env = Record<string, string | undefined>;

/** Whether to draw in colour for this environment and output. */
export function colorEnabled(env: Env, isTty: boolean): boolean {
	if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
	const force = env['FORCE_COLOR'];
	if (force !== undefined) return force !== '0' && force !== 'false';
	return isTty && env['TERM'] !== 'dumb';
}
