/**
 * The annotated document every stage of the loader reads and extends: the article
 * text plus typed layers of spans over it (blocks, sentences, dates, places), in the
 * manner of spaCy's Doc or GATE's annotation sets. Stages never edit the text.
 */
import type { DateSpan, Offset, PlaceRole } from '../domain';
import type { GazetteerEntry } from './gazetteer';

/** What a block of text is: the story, or furniture around it that yields no events. */
export type Zone = 'title' | 'dateline' | 'boilerplate' | 'story';

export interface Block {
	offset: Offset;
	zone: Zone;
}

export interface Sentence {
	offset: Offset;
	/** Index into `blocks`: sentences never cross a block. */
	block: number;
}

export interface DateMention {
	offset: Offset;
	text: string;
	/** Null when nothing anchors it (no publication date, or "the day before" with no earlier date). */
	date: DateSpan | null;
	sentence: number;
}

export interface PlaceSpan {
	offset: Offset;
	text: string;
	entry: GazetteerEntry;
	/** The name to show: the one the text used, when the gazetteer knows it as a former name. */
	name: string;
	role: PlaceRole;
	/** Named after a locative preposition ("in Almaty"): a candidate for where an event happened. */
	locative: boolean;
	sentence: number;
}

export interface DemonymSpan {
	offset: Offset;
	text: string;
	/** The country or region it refers to. */
	entry: GazetteerEntry;
	sentence: number;
}

export interface ArticleMeta {
	title: string;
	published: string | null;
	/** Where `published` was read from, for the reader's trust. */
	publishedFrom: 'caller' | 'front matter' | 'html' | 'dateline' | null;
	url: string | null;
	source: string | null;
}

export interface AnnotatedDocument {
	text: string;
	meta: ArticleMeta;
	blocks: Block[];
	sentences: Sentence[];
	dates: DateMention[];
	places: PlaceSpan[];
	demonyms: DemonymSpan[];
}

export function slice(doc: { text: string }, [start, end]: Offset): string {
	return doc.text.slice(start, end);
}

/** The zone of the block a sentence belongs to. */
export function zoneOf(doc: AnnotatedDocument, sentence: number): Zone {
	return doc.blocks[doc.sentences[sentence].block].zone;
}
