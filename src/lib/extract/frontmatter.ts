/**
 * The YAML front matter of a Markdown article: a `---` block of `key: value` lines.
 * Articles use flat string fields only (title, published, url, source), so a full
 * YAML parser would add weight and no capability.
 */
export interface FrontMatter {
	fields: Record<string, string>;
	/** The text after the closing `---` line and its newline. */
	body: string;
}

export function splitFrontMatter(raw: string): FrontMatter {
	const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw);
	if (!match) return { fields: {}, body: raw };
	const fields: Record<string, string> = {};
	for (const line of match[1].split(/\r?\n/)) {
		const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
		if (!kv) continue;
		let value = kv[2].trim();
		if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
		if (value && value !== '~' && value !== 'null') fields[kv[1].toLowerCase()] = value;
	}
	return { fields, body: raw.slice(match[0].length) };
}
