/**
 * Tells the story's paragraphs from the furniture a page puts around them when a
 * reader copies it: section tags before a repeated headline, photo credits,
 * headlines of related stories dropped between paragraphs, appeals for support,
 * tag lists, advertisements, and the outlet's description of itself. Such blocks
 * stay in the text but yield no places and no events.
 */

/** Lines that open the page footer: everything after one of them is furniture. */
const FOOTER_START = [
	/^\/\s?[A-Z][\w.]*$/, // a source signature such as "/OFFNews"
	/^tags?\s*:/i,
	/^advertisement$/i,
	/^(related|read more|more from|more on this|recommended|you may also like|most read|share this|follow us)\b/i,
	/^(©|\(c\)|copyright\b)/i
];

/** Blocks that are furniture wherever they stand. */
const FURNITURE = [
	/\b(we need your support|support (our|independent) journalism|donate (now|today|here|to (us|our))\b|become a (member|patron|subscriber)|subscribe to our|sign up for|newsletter)|^donate\b/i,
	/^(photo|image|picture|credit|source|illustration)s?\s*:/i,
	/\b(getty images|wikimedia commons|shutterstock|ap photo|afp photo|reuters\/[A-Z])/i,
	/»/,
	/^advertisement$/i,
	/^tags?\s*:/i,
	/\b[\w-]+\.(com|org|net|co\.uk|bg|ru|kz)\b.*\b(news|agency|newspaper|publishes|provider|editorial)\b/i,
	/\ball rights reserved\b/i,
	/(©|\bcopyright)\s*(\d{4}|by)\b/i
];

/** A block longer than this is a story paragraph that furniture can only end, never be. */
const SHORT_BLOCK = 300;
/** How much of a paragraph's end a copied credit or copyright line may take. */
const LONGEST_TAIL = 500;

const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'as', 'from', 'over', 'into', 'who', 'is', 'are', 'be', 'will', 'their', 'these', 'those', 'has', 'have', 'its']);

/**
 * A headline: one short line, no closing sentence punctuation, most of its longer
 * words capitalised ("Foreign Troops enter Kazakhstan as Peacekeepers").
 */
export function isHeadline(block: string): boolean {
	const text = block.trim();
	if (!text || text.includes('\n') || text.length > 200) return false;
	if (/[.!?:;,]["”’)]?$/.test(text)) return false;
	const words = text.split(/\s+/).filter((w) => /^[\p{L}"“‘']/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
	if (words.length < 3) return false;
	const capitalised = words.filter((w) => /^["“‘']?\p{Lu}/u.test(w)).length;
	return capitalised / words.length >= 0.6;
}

export function isFurniture(block: string): boolean {
	const text = block.trim();
	return text.length <= SHORT_BLOCK && FURNITURE.some((re) => re.test(text));
}

/**
 * Where furniture begins at the end of a long paragraph, when a copy ran the story and
 * its footer together ("… he said. Copyright 2018 The Associated Press. All rights reserved."):
 * the start of the sentence holding the first furniture, if that sentence and all after it are short
 * enough to be a credit or a footer. Furniture further up ("registered to donate their organs") is story.
 */
export function furnitureTail(block: string): number | null {
	if (block.length <= SHORT_BLOCK) return null;
	let first = -1;
	for (const re of FURNITURE) {
		const m = re.exec(block);
		if (m && (first < 0 || m.index < first)) first = m.index;
	}
	if (first < 0) return null;
	let start = 0;
	for (const m of block.slice(0, first).matchAll(/[.!?]["”’)]?\s+/g)) start = m.index + m[0].length;
	return start > 0 && block.length - start <= LONGEST_TAIL ? start : null;
}

export function opensFooter(block: string): boolean {
	const firstLine = block.trim().split('\n')[0].trim();
	return FOOTER_START.some((re) => re.test(firstLine));
}

/** A block that repeats the headline behind a section tag or before a photo credit. */
export function repeatsTitle(block: string, title: string): boolean {
	const t = title.trim();
	return t.length >= 12 && block.trim() !== t && block.includes(t);
}
