// Drop-in replacement for Ink's output stage (ink/build/output.js), substituted at bundle time by
// scripts/build.mjs. Ink rebuilds every frame from scratch: a cell object per column and row,
// every line tokenised, every row turned back into text. This does the same work row by row and
// remembers rows: a row drawn from the same writes as in a recent frame is the same text, so a
// key that changes three rows re-renders three rows. The writes, the clipping and the cell
// rules are Ink's own (test/ui/ink-output checks the two give the same frames).
import type {StyledChar} from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import {charWidth} from './cell-width.js';
import {styledChars, styledCharsText} from './styled-line.js';
import {GenerationCache} from './generation-cache.js';
import widestLine from './widest-line.js';

type Transformer = (line: string, index: number) => string;
type Clip = {x1?: number; x2?: number; y1?: number; y2?: number};
type Operation =
	| {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]}
	| {type: 'clip'; clip: Clip}
	| {type: 'unclip'};

const blank: StyledChar = {type: 'char', value: ' ', fullWidth: false, styles: []};
// A frame is ~45 rows of a few writes each: these hold several frames' worth, and at most 2 × 1024
// lines and 2 × 512 rows (the bench's peak RSS includes them).
const lines = new GenerationCache<StyledChar[]>(1024);
// Key: the row's width and its writes (length-prefixed, so no two rows share a key); value: its text.
const rows = new GenerationCache<string>(512);

/** A row's writes: x, line, x, line… */
type RowWrites = Array<number | string>;

/** Ink's Output: collects writes and clips, then renders the frame. */
export default class Output {
	readonly width: number;
	readonly height: number;
	private readonly operations: Operation[] = [];

	constructor(options: {width: number; height: number}) {
		this.width = options.width;
		this.height = options.height;
	}

	write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void {
		if (!text) return;
		this.operations.push({type: 'write', x, y, text, transformers: options.transformers});
	}

	clip(clip: Clip): void {
		this.operations.push({type: 'clip', clip});
	}

	unclip(): void {
		this.operations.push({type: 'unclip'});
	}

	get(): {output: string; height: number} {
		const writes = this.rowWrites();
		const text: string[] = [];
		for (const row of writes) {
			let key = String(this.width);
			for (const item of row) key += typeof item === 'number' ? `|${item}|` : `${item.length}:${item}`;
			text.push(rows.get(key, () => renderRow(this.width, row)));
		}

		return {output: text.join('\n'), height: writes.length};
	}

	/** For each row, the (x, styled line) writes that reach it, in order; clipping as Ink does it. */
	private rowWrites(): RowWrites[] {
		const writes: RowWrites[] = Array.from({length: this.height}, () => []);
		const clips: Clip[] = [];
		for (const operation of this.operations) {
			if (operation.type === 'clip') {
				clips.push(operation.clip);
				continue;
			}

			if (operation.type === 'unclip') {
				clips.pop();
				continue;
			}

			let {x, y} = operation;
			let split = operation.text.split('\n');
			const clip = clips.at(-1);
			if (clip) {
				const horizontal = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
				const vertical = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
				if (horizontal && (x + widestLine(operation.text) < clip.x1! || x > clip.x2!)) continue;
				if (vertical && (y + split.length < clip.y1! || y > clip.y2!)) continue;
				if (horizontal) {
					const {x1, x2} = clip as Required<Clip>;
					split = split.map(line => {
						const width = widestLine(line);
						return sliceAnsi(line, x < x1 ? x1 - x : 0, x + width > x2 ? x2 - x : width);
					});
					if (x < x1) x = x1;
				}

				if (vertical) {
					const {y1, y2} = clip as Required<Clip>;
					const height = split.length;
					split = split.slice(y < y1 ? y1 - y : 0, y + height > y2 ? y2 - y : height);
					if (y < y1) y = y1;
				}
			}

			// As in Ink: a line whose row does not exist is skipped without moving down a row.
			let offsetY = 0;
			for (let [index, line] of split.entries()) {
				const row = writes[y + offsetY];
				if (!row) continue;
				for (const transform of operation.transformers) line = transform(line, index);
				row.push(x, line);
				offsetY++;
			}
		}

		return writes;
	}
}

/** One row's text: blank cells, the writes laid over them in order, trailing blanks trimmed. */
function renderRow(width: number, writes: RowWrites): string {
	const cells: Array<StyledChar | undefined> = Array.from({length: width}, () => blank);
	for (let i = 0; i < writes.length; i += 2) {
		let offsetX = writes[i] as number;
		for (const char of lines.get(writes[i + 1] as string, styledChars)) {
			cells[offsetX] = char;
			const width = charWidth(char.value);
			// A wide character covers the cells after it.
			for (let k = 1; k < width; k++) cells[offsetX + k] = {type: 'char', value: '', fullWidth: false, styles: char.styles};
			offsetX += width;
		}
	}

	return styledCharsText(cells.filter(cell => cell !== undefined)).trimEnd();
}
