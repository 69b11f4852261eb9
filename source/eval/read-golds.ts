// Reads a gold folder: every *.json except aliases.json (sorted by name) and the alias groups.

import fs from 'node:fs';
import path from 'node:path';
import type {Gold} from './score.js';
import type {AliasGroups} from './names.js';

/** Gold files and alias groups from one folder. */
export function readGolds(dir: string): {golds: Gold[]; aliases: AliasGroups} {
	const golds = fs
		.readdirSync(dir)
		.filter(f => f.endsWith('.json') && f !== 'aliases.json')
		.sort()
		.map(f => ({file: f, ...(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Omit<Gold, 'file'>)}));
	const aliases = (JSON.parse(fs.readFileSync(path.join(dir, 'aliases.json'), 'utf8')) as {groups: AliasGroups}).groups;
	return {golds, aliases};
}
