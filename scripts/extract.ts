/**
 * The extract command (CONTRACT.md section 1):
 *   npm run --silent extract -- FILE [FILE ...] [--published YYYY-MM-DD]
 * One file: one JSON object. Several: JSON Lines in the order given. Exit 0, 1 when
 * any file failed, 2 for a bad command line.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../src/lib/extract/index';
import { isValidIso } from '../src/lib/extract/calendar';
import { loadGazetteer } from '../src/lib/server/gazetteer';
import { ArticleError, decodeArticle, sourceRecordFor } from '../src/lib/server/article-file';

const USAGE = 'usage: npm run --silent extract -- FILE [FILE ...] [--published YYYY-MM-DD]';

function parseArgs(argv: string[]): { files: string[]; published: string | null } {
	const files: string[] = [];
	let published: string | null = null;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--published' || arg.startsWith('--published=')) {
			const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
			if (!value || !isValidIso(value)) fail(`error: --published: "${value ?? ''}" is not a date in the form YYYY-MM-DD`);
			published = value!;
		} else if (arg === '--') continue;
		else if (arg.startsWith('--')) fail(`error: unknown option ${arg}\n${USAGE}`);
		else files.push(arg);
	}
	if (!files.length) fail(`error: no FILE given\n${USAGE}`);
	return { files, published };
}

function fail(message: string): never {
	process.stderr.write(message + '\n');
	process.exit(2);
}

function readArticle(file: string): string {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
		throw new ArticleError(reason);
	}
	return decodeArticle(bytes);
}

const { files, published } = parseArgs(process.argv.slice(2));
let gazetteer;
try {
	gazetteer = loadGazetteer();
} catch (e) {
	process.stderr.write(`error: ${(e as Error).message}\n`);
	process.exit(1);
}
let failed = false;
for (const file of files) {
	try {
		const source = sourceRecordFor(file);
		const doc = extract({ name: file, content: readArticle(file), published, source: source?.outlet, url: source?.url }, gazetteer);
		process.stdout.write(JSON.stringify({ file, ...doc }) + '\n');
	} catch (e) {
		failed = true;
		const reason = e instanceof ArticleError ? e.message : `could not be read: ${(e as Error).message}`;
		process.stderr.write(`error: ${file}: ${reason}\n`);
		if (files.length > 1) process.stdout.write(JSON.stringify({ file, error: reason }) + '\n');
	}
}
process.exit(failed ? 1 : 0);
