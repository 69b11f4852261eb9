// Words that reporting uses for the same thing on the two sides of a dispute: a claim says China
// "supplies" or "backs" Russia, the answer says it "has not provided" weapons or "support"; a claim
// speaks of the "war", the answer of the "conflict". Pairing counts a word of a family as the
// family's first word. Families are of general English (a thesaurus's near-synonyms for acts of
// giving, helping, harming and punishing), not of any one dispute's topics; a word that has a
// common unrelated sense in reporting ("back" as in "hit back", "ship" as a noun) is left out.

/** Near-synonym families; pairing reads each word as the family's first. */
export const synonymFamilies: readonly (readonly string[])[] = [
	['support', 'backing', 'help', 'aid', 'assist', 'assistance', 'enable', 'enabler', 'bolster', 'sustain'],
	['supply', 'provide', 'send', 'deliver', 'sell', 'sold', 'transfer', 'furnish'],
	['weapon', 'arms', 'armament', 'ammunition', 'munition'],
	['war', 'conflict', 'invasion', 'hostilities'],
	['hack', 'hacking', 'hacker', 'cyberattack', 'intrusion', 'breach'],
	['spy', 'spying', 'espionage', 'surveillance', 'surveil', 'snoop'],
	['coerce', 'coercion', 'coercive', 'intimidate', 'intimidation', 'bully', 'bullying', 'harass', 'harassment'],
	['sanction', 'penalty', 'restriction', 'curb', 'blacklist'],
	['detain', 'detention', 'arrest', 'jail', 'imprison', 'imprisonment'],
	['interfere', 'interference', 'meddle', 'meddling'],
	['threat', 'threaten', 'menace'],
];
