/**
 * The layout's breakpoints, as media queries: the same numbers as in theme/layout.css. Components read them
 * once, to choose what starts folded (the panel on a phone, the legend's notes on a small screen).
 */
export const PHONE = '(max-width: 640px)';
/** Map on top, panel below (phones and tablets held upright). */
export const STACKED = '(max-width: 900px)';
/** Room for the whole legend beside the side panel. */
export const ROOMY = '(min-width: 1400px) and (min-height: 860px)';

export const matches = (query: string): boolean => window.matchMedia(query).matches;
