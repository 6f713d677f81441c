/** Waits until an HTTP server answers at `url` (about 20 s at most). */
export async function waitForServer(url: string): Promise<void> {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	throw new Error(`no server answered at ${url}`);
}
