/** Interface texts for stadshuwelijk pair finder and scenarios (issue 5). Dutch first; the English object must have the same keys. */
export const pairsNl = {
} as const;

export const pairsEn: { [K in keyof typeof pairsNl]: string } = {
};
