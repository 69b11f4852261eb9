// The China profile: who the parties of the dispute are and how a statement's side and stance are
// known. Data only; dispute/classify and dispute/pair read it. Everything here is about the
// dispute's structure (who accuses whom, how an accusation and an answer are worded), never about
// its topics: a charge of hacking and a charge of arming Russia are found the same way.

import type {DisputeProfile} from './profile.js';

/** The default profile: China (its state, organs, officials, firms) against whoever accuses it. */
export const chinaProfile: DisputeProfile = {
	party: 'China',
	// Words that make a phrase about the accused party: its names, adjectives and metonyms, its
	// ruling party, army and leader (official names and the press's usual short forms).
	partyWords: [
		'China', 'Chinese', 'Beijing', 'PRC', "People's Republic", 'People’s Republic', 'CCP', 'CPC', 'PLA',
		"People's Liberation Army", 'People’s Liberation Army', 'Xi', 'Xi Jinping', 'Communist Party', 'Chinese side',
		// The press's epithets for it.
		'Asian giant', 'Asian superpower', "world's second-largest economy", 'world’s second-largest economy', 'Middle Kingdom',
	],
	// Regions the PRC governs whose treatment is itself a charge against it, and their peoples.
	partyPlaces: ['Xinjiang', 'Tibet', 'Tibetan', 'Tibetans', 'Uyghur', 'Uyghurs', 'Uighur', 'Uighurs', 'Hong Kong'],
	// Governments that stand with the accused party in the Russia-war dispute: their statements are
	// neither claims nor China's answers (they speak for themselves).
	partners: ['Russia', 'Belarus', 'Iran', 'North Korea', 'Kremlin', 'Wagner Group'],
	// Roles that comment rather than take a side: a quoted analyst is not the accusing side.
	neutralRoles: ['reporter', 'reporters', 'journalist', 'journalists', 'correspondent', 'analyst', 'analysts', 'expert', 'experts', 'researcher', 'researchers', 'professor', 'scholar', 'scholars', 'observer', 'observers', 'economist', 'economists', 'fellow',
		'university', 'institute', 'think tank', 'think-tank', 'academy', 'lecturer'],
};
