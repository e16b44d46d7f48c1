/** Interface texts for upload and join report (issue 4). Dutch first; the English object must have the same keys. */
export const uploadNl = {
} as const;

export const uploadEn: { [K in keyof typeof uploadNl]: string } = {
};
