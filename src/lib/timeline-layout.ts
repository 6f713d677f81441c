/**
 * Lays timeline marks out in lanes so that none overlaps another: each mark takes
 * the first lane whose last mark ends (with a gap) before it starts.
 */
export interface Span {
	id: string;
	/** Pixel extent of the mark. */
	x0: number;
	x1: number;
}

export function layoutLanes<T extends Span>(marks: T[], gap = 2): { mark: T; lane: number }[] {
	const sorted = [...marks].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
	const laneEnds: number[] = [];
	return sorted.map((mark) => {
		let lane = laneEnds.findIndex((end) => end + gap <= mark.x0);
		if (lane === -1) lane = laneEnds.push(mark.x1) - 1;
		else laneEnds[lane] = mark.x1;
		return { mark, lane };
	});
}
