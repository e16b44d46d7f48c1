/**
 * Attribution lines of the data the app ships, named once: `npm run data` writes them into geodata/SOURCES.md,
 * and the app's source lines and exports can show them. Wording as the raw data's PROVENANCE.md asks.
 */
export const ATTRIBUTION = {
  /** Wijk, buurt and gemeente outlines (CBS wijk- en buurtkaart 2016 geometry carrying the 2024 codes). */
  boundaries: "Bron grenzen: CBS/Kadaster, Wijk- en buurtkaart 2016 (CC BY 3.0), via Who's On First; codes en cijfers CBS 2024",
  /** Stock per gemeente, wijk and buurt (stock.csv). */
  kwb: 'Bron: CBS, Kerncijfers wijken en buurten 2024 (85984NED), CC BY 4.0',
  /** Tenure over time per gemeente (trend.csv) and the 2024 gemeente rows of Simpelveld and Voerendaal. */
  trend: 'Bron: CBS, Voorraad woningen; eigendom (82900NED), CC BY 4.0',
  /** Leefbaarometer scores (liveability.csv). */
  liveability: 'Bron: Leefbaarometer 3.0, Ministerie van BZK (2024)',
  /** The optional PDOK basemap. */
  basemap: 'Kaartgegevens © Kadaster (BRT-Achtergrondkaart), CC BY 4.0',
} as const;
