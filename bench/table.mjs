// Prints benchmark rows as an aligned table: figure, value, baseline, ratio, target, met?

/**
 * One row. `ratio` is value / baseline value; `check(value, ratio)` says whether the target is met
 * (null when the row has no target, e.g. a reference figure).
 */
export function row(figure, value, unit, baseline, baselineValue, target, check) {
	const ratio = baselineValue ? value / baselineValue : null;
	const met = check ? check(value, ratio) : null;
	return {
		figure,
		value: `${format(value)} ${unit}`,
		baseline: baseline ? `${baseline} ${format(baselineValue)} ${unit}` : '—',
		ratio: ratio === null ? '—' : `${ratio.toFixed(2)}×`,
		target: target ?? '—',
		met: met === null ? '—' : met ? 'yes' : 'NO',
	};
}

const format = n => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

const columns = ['figure', 'value', 'baseline', 'ratio', 'target', 'met'];

/** The rows as a plain-text table with a header. */
export function renderTable(rows) {
	const header = {figure: 'figure', value: 'value', baseline: 'baseline (same run)', ratio: 'ratio', target: 'target', met: 'met?'};
	const all = [header, ...rows];
	const widths = columns.map(c => Math.max(...all.map(r => String(r[c]).length)));
	const line = r => columns.map((c, i) => String(r[c]).padEnd(widths[i])).join('  ').trimEnd();
	return [line(header), widths.map(w => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
