// Emoji sequences and the columns tmux 3.3a draws them in, as measured with the e2e harness
// (test/e2e/widths.test.ts measures them again in the tmux it runs). `raw` is what tmux gives the
// sequence as written, where string-width (and so Ink) counts 2; `shown` is the text riposte draws
// once sanitised, and `columns` what tmux gives that text: the width riposte and Ink must count.
export type EmojiSample = {name: string; raw: string; rawColumns: number; shown: string; columns: number};

export const emojiSamples: EmojiSample[] = [
	{name: 'thumbs up, medium skin tone', raw: '👍🏽', rawColumns: 4, shown: '👍', columns: 2},
	{name: 'astronaut, dark skin tone (ZWJ)', raw: '🧑🏿\u200D🚀', rawColumns: 4, shown: '🧑🚀', columns: 4},
	{name: 'family (ZWJ)', raw: '👨\u200D👩\u200D👧', rawColumns: 2, shown: '👨👩👧', columns: 6},
	{name: 'flag of Ukraine (regional indicators)', raw: '🇺🇦', rawColumns: 2, shown: '🇺🇦', columns: 2},
	{name: 'red heart with VS16', raw: '❤\uFE0F', rawColumns: 1, shown: '❤', columns: 1},
	{name: 'rainbow flag (VS16 and ZWJ)', raw: '🏳\uFE0F\u200D🌈', rawColumns: 1, shown: '🏳🌈', columns: 3},
	{name: 'keycap one', raw: '1\uFE0F\u20E3', rawColumns: 1, shown: '1', columns: 1},
	{name: 'a skin tone after a letter', raw: 'a🏽', rawColumns: 3, shown: 'a', columns: 1},
	{name: 'a plain emoji', raw: '🙂', rawColumns: 2, shown: '🙂', columns: 2},
	{name: 'CJK', raw: '中', rawColumns: 2, shown: '中', columns: 2},
];
