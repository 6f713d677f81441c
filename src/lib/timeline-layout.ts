/**
 * Timeline layout: the axis ticks, and lanes for the marks so that none overlaps another.
 */
import { utcDay, type ScaleTime } from 'd3';

/**
 * Ticks for the time axis, never finer than a day: events are dated to the day at best,
 * so hours between days ("12 PM") would show a precision no event has.
 */
export function axisTicks(x: ScaleTime<number, number>, count: number): { at: Date; label: string }[] {
	const [d0, d1] = x.domain();
	const days = (d1.getTime() - d0.getTime()) / 86_400_000;
	if (days >= count) {
		const format = x.tickFormat();
		return x.ticks(count).map((at) => ({ at, label: format(at) }));
	}
	// Fewer days in view than ticks wanted: every day, and nothing between.
	const label = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
	return utcDay.range(utcDay.ceil(d0), d1).map((at) => ({ at, label: label(at) }));
}

export interface Span {
	id: string;
	/** Pixel extent of the mark. */
	x0: number;
	x1: number;
}

/** Each mark takes the first lane whose last mark ends (with a gap) before it starts. */
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
