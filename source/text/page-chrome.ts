// Lines a browser copies along with an article: skip links, ad labels, share and listen buttons,
// menus, cookie banners, sign-in prompts, reading-time badges. Each rule matches a whole line by
// its shape; a line with a sentence of article text in it never matches.

/** Whole lines that are only a page control or label (compared lower case, without end punctuation). */
const controls = new Set([
	'skip to main content', 'skip to content', 'skip to navigation', 'skip to footer', 'jump to content', 'skip navigation',
	'advertisement', 'advertisements', 'sponsored', 'sponsored content', 'story continues below advertisement', 'scroll to continue with content',
	'share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on x', 'share on twitter', 'share on linkedin',
	'share via email', 'copy link', 'link copied', 'save article', 'gift this article', 
	'listen', 'listen to this article', 'listen to article', 'play audio', 'read more', 'show more', 'see more', 
	'menu', 'search', 'open menu', 'close menu', 'main menu', 'toggle navigation',
	'sign in', 'log in', 'login', 'sign up', 'subscribe', 'subscribe now', 'my account', 
	'accept all', 'accept all cookies', 'accept cookies', 'reject all', 'manage cookies', 'cookie settings', 'manage preferences', 'got it', 'i agree', 
]);

/** Reading-time and listening-time badges: "5 min read", "Listen to this article · 4 min". */
const timeBadge = /^(?:listen(?: to this article)?\s*[·•|:-]?\s*)?\d{1,3}\s*(?:min(?:ute)?s?|m)(?: read| listen)?$/i;

/** A cookie banner: a short paragraph about cookies that asks for consent. */
const cookieBanner = /^(?:we|this (?:web)?site|our (?:web)?site|by (?:using|continuing))\b.{0,300}\bcookies?\b.{0,300}$/i;

/** A byline standing alone: "By Jane Roe", "By Jane Roe and John Doe, CNN". */
const byline = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}){0,3}$/u;

/** True for a line that is page furniture from a browser copy, not article text. */
export function isPageChrome(line: string): boolean {
	const text = line.trim();
	if (text.length === 0 || text.length > 400) return false;
	const bare = text.replace(/^[\s[(•·|>-]+|[\s\])•·|:.!…-]+$/g, '').replace(/\s+/g, ' ').toLowerCase();
	if (controls.has(bare) || timeBadge.test(bare) || byline.test(text)) return true;
	return cookieBanner.test(text) && /\b(?:consent|accept|agree|preferences|privacy|policy|experience|settings)\b/i.test(text);
}
