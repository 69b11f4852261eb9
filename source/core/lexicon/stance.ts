// How accusations and answers are worded in news reporting, whatever the dispute is about: verbs of
// accusing, warning and demanding, words of concern and wrongdoing, demand modals, and the wording
// of denials and rebuttals. Base forms, inflections generated (util/inflect). Drawn from the
// reporting-verb families of English usage guides (accuse/allege/warn/urge/condemn; deny/reject/
// dismiss/refute) and the standing phrases of diplomatic statements ("lodged a protest",
// "groundless accusations", "stop smearing").

import {inflectAll} from '../util/inflect.js';

/** Verbs whose subject accuses, warns or demands ("accused China of", "urged Beijing to"). */
export const accusingVerbs: readonly string[] = inflectAll([
	'accuse', 'allege', 'warn', 'urge', 'demand', 'condemn', 'criticize', 'criticise', 'denounce', 'protest', 'blame',
	'charge', 'slam', 'blast', 'brand', 'label', 'castigate', 'rebuke', 'censure', 'decry', 'deplore', 'fault',
	'implicate', 'caution', 'threaten', 'press', 'question', 'challenge', 'suspect', 'fear', 'worry', 'call on',
	'call for', 'call out', 'single out', 'raise concern', 'raise concerns', 'express concern', 'voice concern',
	'air concern', 'air concerns', 'voice concerns', 'express concerns', 'lodge a protest', 'take to task',
	'lash out', 'hit out', 'sanction', 'expel', 'ban', 'restrict', 'penalize', 'penalise', 'target',
]).concat(['stole', 'took to task', 'lodged a strong protest', 'held responsible', 'hold responsible']);

/** Words in what was said that mark a charge, concern or warning about someone's conduct. */
export const chargeWords: readonly string[] = [
	...inflectAll([
		'violate', 'undermine', 'destabilize', 'destabilise', 'interfere', 'meddle', 'spy', 'steal', 'hack', 'attack',
		'abuse', 'repress', 'detain', 'intimidate', 'harass', 'assault', 'coerce', 'threaten', 'enable', 'fuel',
		'prop up', 'bankroll', 'circumvent', 'evade', 'supply', 'arm', 'help', 'aid', 'support', 'back', 'provide',
		'deliver', 'sell', 'export', 'ship', 'transfer', 'finance', 'fund', 'subsidize', 'subsidise', 'dump', 'flood',
		'infiltrate', 'surveil', 'target', 'persecute', 'punish', 'force', 'exploit', 'mislead', 'manipulate',
	]),
	'sold', 'stole', 'stolen', 'concern', 'concerns', 'concerned', 'worry', 'worries', 'worried', 'alarm', 'alarmed',
	'alarming', 'threat', 'threats', 'risk', 'risks', 'danger', 'dangerous', 'unacceptable', 'illegal', 'unlawful',
	'illegitimate', 'aggressive', 'aggression', 'coercive', 'coercion', 'provocation', 'provocations', 'provocative',
	'unsafe', 'unprofessional', 'brutal', 'violation', 'violations', 'interference', 'espionage', 'theft',
	'cyberattack', 'cyberattacks', 'crackdown', 'detention', 'arbitrary', 'intimidation', 'harassment', 'enabler',
	'enablers', 'contributor', 'source', 'responsible', 'complicit', 'complicity', 'disinformation', 'propaganda',
	'overcapacity', 'subsidies', 'forced', 'genocide', 'persecution', 'repression', 'malicious', 'reckless',
	'irresponsible', 'hostile', 'distressing', 'appalling', 'outrageous', 'outraged', 'deeply', 'serious', 'grave',
	'lifeline', 'decisive', 'weapons', 'lethal', 'consequences', 'costs', 'price', 'influence', 'leverage',
];

/** Demand modals and verbs of stopping ("China must stop", "Beijing should use its influence"). */
export const demandWords: readonly string[] = [
	'must', 'should', 'cannot', 'can’t', "can't", 'need to', 'needs to', 'has to', 'have to', 'stop', 'cease', 'refrain',
	'halt', 'end', 'expect', 'expects', 'expected', 'would', 'could', 'will',
];

/** Verbs of approval: a statement put this way is not an accusation ("welcomed China's role"). */
export const approvingVerbs: readonly string[] = inflectAll(['welcome', 'praise', 'thank', 'congratulate', 'hail', 'appreciate', 'commend', 'applaud']);

/** Words of goodwill in what was said: "open to constructive cooperation with China" accuses nobody. */
export const approvingWords: readonly string[] = ['open to', 'constructive', 'welcome', 'welcomes', 'welcomed', 'appreciate', 'appreciates', 'positive role', 'thank', 'thanks', 'grateful'];

/** Verbs by which a speaker answers an accusation ("denied", "rejected", "hit back"). */
export const answeringVerbs: readonly string[] = inflectAll([
	'deny', 'reject', 'dismiss', 'refute', 'rebut', 'oppose', 'counter', 'protest', 'hit back', 'push back', 'brush off',
	'shrug off', 'slam', 'criticize', 'criticise', 'condemn', 'deplore', 'defend', 'insist', 'retort', 'respond',
	'reply', 'answer', 'accuse', 'urge', 'lodge', 'object', 'contest', 'dispute', 'lash out', 'fire back', 'blast', 'denounce',
]).concat(['hit back', 'brushed off', 'shrugged off', 'fired back']);

/** Verbs that deny a charge outright ("denied", "rejected as baseless", "dismissed"). */
export const denyingVerbs: readonly string[] = inflectAll(['deny', 'reject', 'dismiss', 'refute', 'rebut', 'brush off', 'shrug off']).concat(['brushed off', 'shrugged off']);

/** Words in an answer that deny or push back on a charge ("groundless accusations", "never"). */
export const answerWords: readonly string[] = [
	'not', 'never', 'no', 'nothing', 'groundless', 'baseless', 'unfounded', 'smear', 'smears', 'smearing', 'slander',
	'slandering', 'lies', 'lie', 'fabricated', 'fabrication', 'accusation', 'accusations', 'allegation', 'allegations',
	'claims', 'so-called', 'irresponsible', 'hype', 'hyping', 'false', 'falsely', 'nonsense', 'absurd', 'deny', 'denies',
	'reject', 'rejects', 'oppose', 'opposes', 'firmly', 'strongly', 'protest', 'remarks', 'rumors', 'rumours',
	'interference', 'meddling', 'internal affairs', 'hypocrisy', 'double standards', 'cold war', 'finger-pointing',
	'blame', 'shifting', 'normal', 'legitimate', 'lawful', 'objective', 'impartial', 'neutral', 'constructive',
];
