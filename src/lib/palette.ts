/**
 * Colours for event types: Paul Tol's "muted" scheme, distinguishable with the
 * common forms of colour blindness, plus two greys for the quieter types.
 */
import type { EventType } from './domain';

export const TYPE_COLOURS: Record<EventType, string> = {
	protest: '#88CCEE',
	riot: '#DDCC77',
	violence: '#CC6677',
	'armed clash': '#882255',
	casualties: '#332288',
	arrest: '#AA4499',
	'military deployment': '#117733',
	statement: '#999933',
	policy: '#44AA99',
	disruption: '#555555',
	other: '#BBBBBB'
};
