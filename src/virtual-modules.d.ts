/** The URL of the English catalog (JSON), made by .config/vite/catalog-plugin.ts. */
declare module 'virtual:english-catalog' {
  const url: string;
  export default url;
}
