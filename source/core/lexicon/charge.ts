// Vocabulary that makes a statement about China an accusation, a warning or a demand. Drawn from
// the language of NATO summit declarations (2021-2024), G7 and EU statements on Russia's war and
// the press coverage of them: support/supply verbs, weapons and dual-use terms, concern and threat
// words, and demand modals.

/** Words or phrases (lower case) whose presence marks a charge, concern, warning or demand. */
export const chargeWords: readonly string[] = [
	'support', 'supporting', 'supports', 'supported', 'supply', 'supplying', 'supplies', 'supplied', 'provide',
	'providing', 'provides', 'provided', 'deliver', 'delivering', 'delivers', 'enabler', 'enablers', 'enabling',
	'enable', 'enabled', 'fuel', 'fueling', 'fuelling', 'fueled', 'fuelled', 'weapons', 'weapon', 'lethal', 'arms',
	'munitions', 'ammunition', 'dual-use', 'dual use', 'microelectronics', 'machine tools', 'inputs', 'components',
	'concern', 'concerned', 'concerns', 'alarm', 'alarmed', 'threat', 'threats', 'challenge', 'challenges',
	'coercive', 'coercion', 'disinformation', 'cyber', 'false narratives', 'malicious', 'consequences',
	'unacceptable', 'unwise', 'must', 'should', 'cannot', 'can’t', "can't", 'cease', 'stop', 'refrain', 'condemn', 'oppose', 'urge', 'call on',
	'called on', 'calling on', 'calling out', 'warned', 'warning', 'accused', 'sanctions', 'circumvent', 'cover',
	'aid', 'assistance', 'help', 'helping', 'helped', 'helps', 'backing', 'war effort', 'military', 'collaborating', 'drone', 'drones',
	'satellite imagery', 'surveillance', 'exports', 'exporting', 'materiel', 'abstain', 'responsibilities',
	'enablers', 'spreading', 'amplifying', 'propaganda', 'espionage', 'hacking', 'interference', 'combat',
	'equipment', 'show of force', 'intimidation', 'provocation', 'provocations', 'bombers', 'shipments', 'transfers', 'war machine', 'aggression',
	'missile', 'missiles', 'financing', 'funding', 'bankrolling', 'propping up', 'lifeline', 'evade', 'evading',
	'selling', 'sells', 'sold', 'imagery', 'intelligence', 'artillery', 'shells', 'war economy',
	// Demands put as expectations ("we expect Beijing to use its influence").
	'expect china', 'expect beijing', 'expects china', 'expects beijing', 'expected china', 'expected beijing',
];

/** Words that refer to China or its government. */
export const chinaWords: readonly string[] = ['China', 'Chinese', 'Beijing', 'PRC', "People's Republic", 'People’s Republic'];

/** Anaphors that let a statement inherit its subject from the statement before ("they", "such exports", "the firms"). */
export const anaphors: readonly string[] = ['they', 'them', 'their', "they're", 'they’re', "they've", 'they’ve', 'such', 'this', 'these',
	'the firms', 'the companies', 'the firm', 'the company', 'the exporters', 'the shipments', 'the exports'];
