/**
 * The sources of the data the app ships, named once. `CITATION` is each source as its publisher names it;
 * `ATTRIBUTION` the full lines `npm run data` writes into geodata/SOURCES.md, worded as the raw data's
 * PROVENANCE.md asks. The interface builds its source line (legend, map attribution, export footer) from
 * `CITATION` in both languages (i18n/nl.ts, en.ts), so every place credits the same sources.
 */
export const CITATION = {
  /** Wijk, buurt and gemeente outlines (CBS wijk- en buurtkaart 2016 geometry carrying the 2024 codes). */
  boundaries: "CBS/Kadaster, Wijk- en buurtkaart 2016 (CC BY 3.0), via Who's On First; codes en cijfers CBS 2024",
  /** Stock per gemeente, wijk and buurt (stock.csv). */
  kwb: 'CBS, Kerncijfers wijken en buurten 2024 (85984NED), CC BY 4.0',
  /** Tenure over time per gemeente (trend.csv) and the 2024 gemeente rows of Simpelveld and Voerendaal. */
  trend: 'CBS, Voorraad woningen; eigendom (82900NED), CC BY 4.0',
  /** Leefbaarometer scores (liveability.csv). */
  liveability: 'Leefbaarometer 3.0, Ministerie van BZK (2024)',
  /** The optional PDOK basemap. */
  basemap: '© Kadaster (BRT-Achtergrondkaart), CC BY 4.0',
} as const;

/** The attribution lines of geodata/SOURCES.md. */
export const ATTRIBUTION = {
  boundaries: `Bron grenzen: ${CITATION.boundaries}`,
  kwb: `Bron: ${CITATION.kwb}`,
  trend: `Bron: ${CITATION.trend}`,
  liveability: `Bron: ${CITATION.liveability}`,
  basemap: `Kaartgegevens ${CITATION.basemap}`,
} as const;
