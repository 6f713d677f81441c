/**
 * Loads the gazetteer built at install time (scripts/build-gazetteer.ts) once per process.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Gazetteer, type GazetteerData } from '../extract/gazetteer';

let loaded: Gazetteer | null = null;

export function gazetteerPath(): string {
	return resolve(process.env.DATELINES_GAZETTEER ?? 'data/gazetteer.json');
}

export function loadGazetteer(): Gazetteer {
	if (loaded) return loaded;
	const path = gazetteerPath();
	if (!existsSync(path)) throw new Error(`the gazetteer ${path} is missing: run \`npm run gazetteer\` (npm install builds it)`);
	loaded = new Gazetteer(JSON.parse(readFileSync(path, 'utf8')) as GazetteerData);
	return loaded;
}
