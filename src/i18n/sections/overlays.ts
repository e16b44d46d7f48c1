/** Interface texts for mining colonies, NPLV, projects (issue 3). Dutch first; the English object must have the same keys. */
export const overlaysNl = {
} as const;

export const overlaysEn: { [K in keyof typeof overlaysNl]: string } = {
};
