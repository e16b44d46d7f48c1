/** The font name used by `text-font`; the style's `font-faces` maps it to the bundled Noto Sans file. */
export const LABEL_FONT_NAME = 'Wijkbalans Sans';
