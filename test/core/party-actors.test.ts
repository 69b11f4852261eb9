import {test} from 'node:test';
import assert from 'node:assert/strict';
import {partyActors} from '../../source/core/dispute/party-actors.js';
import {chinaProfile} from '../../source/core/dispute/china.js';
import {analyseBody} from './article-of.js';

test('actors the article introduces as China\'s are found by how they are introduced', () => {
	const body = 'A Chinese state-sponsored hacking group called \'Volt Typhoon\' has been spying on ports. Chinese drone maker DJI said nothing. The China-linked group APT40 struck again. Chinese companies\nMove on.';
	assert.deepEqual(partyActors(body, chinaProfile), ['Volt Typhoon', 'DJI', 'APT40']);
});

test('a statement about an introduced actor, named alone, is about China', () => {
	const body = 'A Chinese state-sponsored hacking group called \'Volt Typhoon\' has been spying on ports, officials said.\n\nThe weather was fine on Monday.\n\nThe harbour reopened at noon.\n\nMicrosoft analysts say Volt Typhoon may be building the means to disrupt communications.';
	const claims = analyseBody(body).claims.map(c => c.text);
	assert.ok(claims.some(t => t.startsWith('Microsoft analysts say Volt Typhoon')), JSON.stringify(claims));
});
