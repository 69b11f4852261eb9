// Step 5a: what a resolved speaker is, and how a phrase naming a body or a role becomes one.

import type {Side} from '../types.js';
import {markersIn, type Marker} from '../util/markers.js';
import {findPatternEntities} from './02b-entity-patterns.js';
import {roleNouns, speakerNouns, statementNouns} from '../lexicon/roles.js';

/** A speaker as resolved; `named` is the phrase a body was named by ("The Chinese Mission to the EU"), for echoes ("the mission said"). */
export type Who = {speaker: string; role: string | null; side: Side; person: boolean; named?: string; at?: number};

export const statementWord = new RegExp(`\\b(?:${statementNouns.join('|')})\\b`, 'i');
const statementWords = new RegExp(statementWord.source, 'gi');

/** The statement noun that heads a phrase: the last one ("the draft communique" → "communique"). */
export function statementHead(phrase: string): string | undefined {
	return [...phrase.matchAll(statementWords)].pop()?.[0];
}

export const roleNoun = new RegExp(`\\b(?:${roleNouns.join('|')}|ministry|embassy)\\b`, 'i');
export const roleWords = new Set([...roleNouns, ...speakerNouns, 'of', 'to', 'the', 'and', 'for', 'in']);

export function cleanRole(text: string): string {
	const words = text.trim().split(/\s+/).filter(Boolean);
	// Keep the trailing run of role-ish words: capitalised words, nationality words, role nouns.
	let k = words.length;
	while (k > 0 && (/^[\p{Lu}\d][\p{L}.’'-]*$/u.test(words[k - 1]!) || roleWords.has(words[k - 1]!.toLowerCase()))) k--;
	const kept = words.slice(k).join(' ').replace(/^(?:(?:the|of|to|and|for)\s+)+/i, '').replace(/\s+(?:the|of|to|and)$/i, '');
	return kept.replace(/['’]s$/, '');
}

/** A body or group speaker: one actor's canonical name, or the phrase itself for joint speakers. */
export function bodyWho(text: string, found: readonly Marker[], context: Who | null): Who | null {
	if (context) return context;
	// "Germany's envoy in Beijing", "the US ambassador to China": the place after "in"/"to" is where
	// the body sits, not whom it speaks for, when an actor is named before it.
	const lead = text.split(/\s+(?:in|to|at)\s+/)[0]!;
	const own = lead.length < text.length ? markersIn(lead) : [];
	const markers = own.length > 0 ? own : found;
	const cleaned = text.replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s$/, '');
	if (markers.length === 0) return {speaker: cleaned, role: null, side: /\breports?\b/i.test(text) ? 'accuser' : 'other', person: false};
	const countries = markers.filter(m => m.kind === 'country');
	const china = markers.find(m => m.side === 'china');
	if (china) {
		// China's organs and state media ("the Chinese Embassy in Berlin", "Xinhua") keep their own name.
		const organ = markers.find(m => (m.kind === 'body' || m.kind === 'outlet') && m.side === 'china')?.canonical ?? findPatternEntities(text)[0]?.canonical;
		return {speaker: organ ?? 'China', role: null, side: 'china', person: false};
	}
	if (countries.length >= 2 && /\band\b/.test(text)) {
		const side = countries.some(m => m.side === 'accuser') ? 'accuser' : 'other';
		return {speaker: cleaned, role: null, side, person: false};
	}
	// "Washington and its allies": the one named leads, its allies follow it.
	const leader = /\band\s+(?:its|their|her|his)\s+(?:allies|partners)\b/i.test(text) ? markers[0] : undefined;
	const first = leader ?? markers.find(m => m.kind === 'body' || m.kind === 'outlet') ?? markers.find(m => m.kind !== 'country') ?? markers[0]!;
	const named = /\b(?:including|such as)\b/i.test(text) ? cleaned : first.canonical;
	return {speaker: named, role: null, side: first.side, person: false};
}
