/**
 * Interface texts of the layout on every screen (issue 13): the header menu and the settings on a phone,
 * folding the side panel and the legend. Dutch first; the English object has the same keys.
 */
export const layoutNl = {
  layoutMenu: 'Menu',
  layoutSettings: 'Instellingen',
  layoutPanelOpen: 'Paneel uitklappen',
  layoutPanelClose: 'Paneel inklappen',
  layoutLegendShow: 'Legenda uitklappen',
  layoutLegendHide: 'Legenda inklappen',
  layoutLegendMore: 'Toelichting en bronnen',
} as const;

export const layoutEn: { [K in keyof typeof layoutNl]: string } = {
  layoutMenu: 'Menu',
  layoutSettings: 'Settings',
  layoutPanelOpen: 'Expand panel',
  layoutPanelClose: 'Collapse panel',
  layoutLegendShow: 'Expand legend',
  layoutLegendHide: 'Collapse legend',
  layoutLegendMore: 'Notes and sources',
};
