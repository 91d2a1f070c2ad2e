// The catalog's languages, read from locales/*.ftl as the window is built (vite.config.ts),
// English first and then by name.
declare module 'virtual:locale-names' {
  const list: { code: string; name: string; dir: 'ltr' | 'rtl' }[];
  export default list;
}
