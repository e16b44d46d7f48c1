/** Interface texts for council mode, views, export, accessibility (issue 6). Dutch first; the English object must have the same keys. */
export const councilNl = {
} as const;

export const councilEn: { [K in keyof typeof councilNl]: string } = {
};
