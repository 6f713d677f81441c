/**
 * Makes sure Debian's Chromium is there before the browser tests run: installs it
 * with apt when it is missing and we may (root), or says plainly what to do.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export default function ensureChromium() {
	const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (existsSync(path)) return;
	if (process.getuid?.() !== 0) throw new Error(`Chromium is missing at ${path}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`);
	console.log('Installing Debian chromium for the browser tests…');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
}
