// The bundle swaps Ink's output stage and its widest-line for source/ui/ink-output (see
// scripts/build.mjs). They must draw exactly what Ink's own would: these tests run both on the
// same frames — seeded random writes with styles, wide and zero-width characters, clips and
// transformers, frame after frame so the cross-frame caches are exercised too.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {styledCharsFromTokens, styledCharsToString, tokenize} from '@alcalzone/ansi-tokenize';
import stringWidth from 'string-width';
import inkWidestLine from 'widest-line';
import Output from '../../source/ui/ink-output/output.js';
import {charWidth, lineWidth} from '../../source/ui/ink-output/cell-width.js';
import {styledChars, styledCharsText} from '../../source/ui/ink-output/styled-line.js';
import widestLine from '../../source/ui/ink-output/widest-line.js';

type Transformer = (line: string, index: number) => string;
type OutputLike = {
	write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void;
	clip(clip: {x1?: number; x2?: number; y1?: number; y2?: number}): void;
	unclip(): void;
	get(): {output: string; height: number};
};
type OutputClass = new (options: {width: number; height: number}) => OutputLike;

// Ink's own output stage (not exported by the package, so loaded by path).
const inkBuild = path.dirname(createRequire(import.meta.url).resolve('ink'));
const {default: InkOutput} = await import(pathToFileURL(path.join(inkBuild, 'output.js')).href) as {default: OutputClass};

/** A small deterministic random source (mulberry32). */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6D_2B_79_F5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const pieces = ['word', 'NATO', ' ', '  ', 'Ukraine’s', '—', '中国', '外交部', '🇺🇦', '👩‍👩‍👧', 'é', 'e\u0301', '\u200B', 'x', '…', '한국', 'Ａ'];
const styles = ['\u001B[1m', '\u001B[22m', '\u001B[31m', '\u001B[39m', '\u001B[7m', '\u001B[27m', '\u001B[4m', '\u001B[0m', '\u001B[38;5;208m', '\u001B[2m', '\u001B[44m', '\u001B[49m'];

/** Random styled text of up to `lines` lines. */
function text(next: () => number, lines: number): string {
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
	const out: string[] = [];
	for (let l = 0, n = 1 + Math.floor(next() * lines); l < n; l++) {
		let line = '';
		for (let p = 0, m = Math.floor(next() * 12); p < m; p++) line += next() < 0.3 ? pick(styles) : pick(pieces);
		out.push(line);
	}

	return out.join('\n');
}

const transformers: Transformer[] = [
	line => `\u001B[32m${line}\u001B[39m`,
	(line, index) => (index % 2 === 0 ? line.toUpperCase() : line),
	line => `>${line}`,
];

/** One frame's operations, replayed identically on any output stage. */
function frame(seed: number, width: number, height: number): (output: OutputLike) => void {
	const next = random(seed);
	const steps: Array<(output: OutputLike) => void> = [];
	let depth = 0;
	for (let i = 0, n = 4 + Math.floor(next() * 30); i < n; i++) {
		const roll = next();
		if (roll < 0.12) {
			const x1 = Math.floor(next() * width) - 2;
			const y1 = Math.floor(next() * height) - 2;
			const clip = next() < 0.3 ? {y1, y2: y1 + Math.floor(next() * height)} : {x1, x2: x1 + Math.floor(next() * width), y1, y2: y1 + Math.floor(next() * height)};
			steps.push(output => {
				output.clip(clip);
			});
			depth++;
		} else if (roll < 0.2 && depth > 0) {
			steps.push(output => {
				output.unclip();
			});
			depth--;
		} else {
			const x = Math.floor(next() * (width + 6)) - 3;
			const y = Math.floor(next() * (height + 4)) - 2;
			const content = text(next, 4);
			const chosen = transformers.filter(() => next() < 0.25);
			steps.push(output => {
				output.write(x, y, content, {transformers: chosen});
			});
		}
	}

	return output => {
		for (const step of steps) step(output);
	};
}

describe('the swapped output stage draws what Ink draws', () => {
	test('600 random frames, each drawn twice and then varied, give identical text and height', () => {
		for (let seed = 1; seed <= 200; seed++) {
			const width = 1 + (seed % 40);
			const height = 1 + (seed % 9);
			// The same frame twice (second time from the row cache), then another frame.
			for (const frameSeed of [seed, seed, seed + 10_000]) {
				const draw = frame(frameSeed, width, height);
				const ours = new Output({width, height});
				const ink = new InkOutput({width, height});
				draw(ours);
				draw(ink);
				assert.deepEqual(ours.get(), ink.get(), `seed ${frameSeed}, ${width}×${height}`);
			}
		}
	});

	test('a frame with nothing written is blank rows, as in Ink', () => {
		assert.deepEqual(new Output({width: 5, height: 3}).get(), new InkOutput({width: 5, height: 3}).get());
	});

	test('styled lines convert back to the same escape codes as ansi-tokenize gives', () => {
		const next = random(7);
		for (let i = 0; i < 2000; i++) {
			const line = text(next, 1);
			assert.equal(styledCharsText(styledChars(line)), styledCharsToString(styledCharsFromTokens(tokenize(line))), JSON.stringify(line));
		}
	});
});

describe('widths match string-width', () => {
	test('widest line equals the widest-line package on styled, wide and multi-line text', () => {
		const next = random(11);
		for (let i = 0; i < 2000; i++) {
			const sample = text(next, 3);
			assert.equal(widestLine(sample), inkWidestLine(sample), JSON.stringify(sample));
		}
	});

	test('styled text measures as string-width says, also for escapes it reads differently from SGR', () => {
		const tricky = ['\u001B[12345mx', '\u001B[;5mx', '\u001B[1;;2mx', '\u001B[38;5;208mNATO\u001B[39m', '\u001B]8;;http://x\u0007link\u001B]8;;\u0007', '\u001B[1mab’c\u001B[22m', '\u001B[1m中国\u001B[22m', '\u001Bm', '\u001B[mx'];
		for (const text of tricky) assert.equal(lineWidth(text), stringWidth(text), JSON.stringify(text));
	});

	test('every printable ASCII character and the pieces above measure as string-width says', () => {
		const ascii = Array.from({length: 0x7F - 0x20}, (_, i) => String.fromCharCode(0x20 + i));
		for (const value of [...ascii, ...pieces]) {
			assert.equal(charWidth(value), Math.max(1, stringWidth(value)), JSON.stringify(value));
			assert.equal(lineWidth(value), stringWidth(value), JSON.stringify(value));
		}
	});
});
