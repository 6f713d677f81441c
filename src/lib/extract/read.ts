/**
 * Stage 1, reading: from a file's content to the annotated document's text,
 * metadata and blocks (paragraphs, each with its zone: title, dateline,
 * boilerplate or story).
 */
import type { Offset } from '../domain';
import type { AnnotatedDocument, Block, ArticleMeta } from './document';
import { splitFrontMatter } from './frontmatter';
import { readHtml } from './html';
import { findDateline } from './dateline';
import { furnitureTail, isFurniture, isHeadline, opensFooter, repeatsTitle } from './boilerplate';
import { isValidIso } from './calendar';

export type Format = 'txt' | 'md' | 'html';

export interface ArticleInput {
	/** The file name or label, used to tell the format when `format` is not given. */
	name?: string;
	content: string;
	format?: Format;
	/** Used when the article carries no date of its own (CONTRACT.md: `--published`). */
	published?: string | null;
	title?: string | null;
	url?: string | null;
	source?: string | null;
}

export function formatOf(name = ''): Format {
	if (/\.(html?|xhtml)$/i.test(name)) return 'html';
	if (/\.(md|markdown)$/i.test(name)) return 'md';
	return 'txt';
}

/** A date string from metadata, cut to its day, or null when it is not one. */
function isoDay(value: string | null | undefined): string | null {
	const day = value?.trim().slice(0, 10) ?? '';
	return isValidIso(day) ? day : null;
}

/**
 * Blocks are paragraphs (split at blank lines); a paragraph's single line breaks
 * also split it when its lines are separate units (a copied page puts its
 * footer lines one under another), but not where a plain-text file wraps prose.
 */
export function splitBlocks(text: string): Offset[] {
	const blocks: Offset[] = [];
	const paragraph = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
	for (const m of text.matchAll(paragraph)) {
		const start = m.index;
		const lines = m[0].split('\n');
		let lineStart = start;
		let blockStart = start;
		lines.forEach((line, i) => {
			const lineEnd = lineStart + line.length;
			const next = lines[i + 1];
			const breakHere =
				next !== undefined &&
				(/[.!?:"”’)]\s*$/.test(line) || line.trim().length < 60 || opensFooter(next) || isFurniture(next));
			if (next === undefined || breakHere) {
				const span = trimSpan(text, [blockStart, lineEnd]);
				if (span[1] > span[0]) blocks.push(span);
				blockStart = lineEnd + 1;
			}
			lineStart = lineEnd + 1;
		});
	}
	return blocks;
}

function trimSpan(text: string, [start, end]: Offset): Offset {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	return [start, end];
}

export function read(input: ArticleInput): AnnotatedDocument {
	const format = input.format ?? formatOf(input.name);
	let text = input.content.replace(/^\uFEFF/, '');
	const meta: ArticleMeta = { title: '', published: null, publishedFrom: null, url: input.url ?? null, source: input.source ?? null };

	if (format === 'md') {
		const { fields, body } = splitFrontMatter(text);
		text = body;
		meta.title = fields.title ?? '';
		meta.url = fields.url ?? meta.url;
		meta.source = fields.source ?? meta.source;
		meta.published = isoDay(fields.published ?? fields.date);
		if (meta.published) meta.publishedFrom = 'front matter';
	} else if (format === 'html') {
		const page = readHtml(text);
		text = page.text;
		meta.title = page.title;
		meta.url = meta.url ?? page.url;
		meta.source = meta.source ?? page.source;
		meta.published = isoDay(page.published);
		if (meta.published) meta.publishedFrom = 'html';
	}
	if (input.title) meta.title = input.title;

	const spans = splitBlocks(text);
	const blocks: Block[] = spans.map((offset) => ({ offset, zone: 'story' }));
	const blockText = (b: Block) => text.slice(b.offset[0], b.offset[1]);

	// A plain-text copy opens with its headline; a Markdown file may open with a `#` heading.
	if (blocks.length > 1) {
		const first = blockText(blocks[0]);
		const heading = /^#{1,3} /.test(first);
		if (!first.includes('\n') && first.length <= 250 && (heading || format === 'txt' || !meta.title) && !findDateline([{ text: first, offset: blocks[0].offset }])) {
			if (!meta.title) meta.title = first.replace(/^#{1,3} /, '');
			if (!meta.title || first.replace(/^#{1,3} /, '') === meta.title) blocks[0].zone = 'title';
		}
	}

	const dateline = findDateline(blocks.slice(0, 6).filter((b) => b.zone === 'story').map((b) => ({ text: blockText(b), offset: b.offset })));
	if (dateline) {
		const i = blocks.findIndex((b) => b.offset[0] <= dateline.offset[0] && dateline.offset[1] <= b.offset[1]);
		const block = blocks[i];
		if (dateline.offset[1] < block.offset[1]) {
			// A wire dateline opens the first paragraph: the rest of it is story.
			blocks.splice(i, 1, { offset: dateline.offset, zone: 'dateline' }, { offset: trimSpan(text, [dateline.offset[1], block.offset[1]]), zone: 'story' });
		} else block.zone = 'dateline';
		if (!meta.published && dateline.date) {
			meta.published = dateline.date;
			meta.publishedFrom = 'dateline';
		}
	}
	if (!meta.published && input.published) {
		meta.published = input.published;
		meta.publishedFrom = 'caller';
	}

	// A story paragraph that runs into a credit or copyright line keeps its story.
	for (let i = blocks.length - 1; i >= 0; i--) {
		const block = blocks[i];
		const tail = block.zone === 'story' ? furnitureTail(blockText(block)) : null;
		if (tail === null) continue;
		const at = block.offset[0] + tail;
		blocks.splice(i, 1, { offset: trimSpan(text, [block.offset[0], at]), zone: 'story' }, { offset: trimSpan(text, [at, block.offset[1]]), zone: 'boilerplate' });
	}

	let inFooter = false;
	blocks.forEach((block, i) => {
		if (block.zone !== 'story') return;
		const t = blockText(block);
		if (i >= blocks.length / 3 && opensFooter(t)) inFooter = true;
		if (inFooter || isFurniture(t) || (meta.title && repeatsTitle(t, meta.title)) || (i > 0 && isHeadline(t))) block.zone = 'boilerplate';
	});

	if (!meta.title) {
		// No headline: the opening words of the story stand in, cut at a word.
		const story = blocks.find((b) => b.zone === 'story');
		const opening = (story ? blockText(story) : text).replace(/\s+/g, ' ').trim();
		meta.title = opening.length <= 80 ? opening : opening.slice(0, 80).replace(/\s+\S*$/, '') + '…';
	}

	return { text, meta, blocks, sentences: [], dates: [], places: [], demonyms: [] };
}
