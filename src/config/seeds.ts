/** The policy documents the rules quote, by file name in `../shared/seeds/` (see docs/domain.md). */
export const SEED = {
  /** Meerjarige prestatieafspraken Heerlen 2024–2028. */
  prestatieafsprakenHeerlen: '000_593056608ede5956.txt',
  /** Regionale prestatieafspraken Parkstad Limburg 2024–2028. */
  prestatieafsprakenParkstad: '001_de395b77aedac6da.txt',
  /** Nieuw Heerlens Woonfundament (ambitie- en visiedocument wonen). */
  woonfundament: '002_fb14b69d280c6ec3.txt',
  /** Lokaal meerjarig kader prestatieafspraken Kerkrade 2021–2025. */
  kaderKerkrade: '003_00ca94dd43e55af4.txt',
  /** Bestuurlijke afspraken NPLV Heerlen Noord, June 2025. */
  nplvHeerlenNoord: '004_2de81f611655a9f8.txt',
} as const;
