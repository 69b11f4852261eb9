// What a dispute profile says: the accused party and how to recognise it, its partners, and the
// speakers who only comment. The attribution stage knows none of this; dispute/classify and
// dispute/pair read it to turn statements into claims, responses and pairs.

/** A dispute between one accused party and whoever accuses it. */
export type DisputeProfile = {
	/** The accused party's canonical name ("China"). */
	party: string;
	/** Words (case-sensitive as written) that name the party, its organs, leaders or people. */
	partyWords: readonly string[];
	/** Places under the party's rule, and its peoples there: a statement about them is about the party's conduct ("forced labour in Xinjiang"), though they name no speaker's side and pairing still reads them as words. */
	partyPlaces?: readonly string[];
	/** Canonical actors (countries, bodies) that stand with the party: neither accusers nor the party. */
	partners: readonly string[];
	/** Lower-case role nouns of speakers who comment without taking a side. */
	neutralRoles: readonly string[];
};
