/** Where the XSS corpus lives on the e2e site. */
export const ATTACK_SECTION = 'attack-corpus';
export const CORPUS_PUBLISHED_AT = new Date('2019-01-01T00:00:00Z');
export const corpusSaveSlug = (id: number) => `xss-save-${id}`;
export const corpusImportSlug = (id: number) => `xss-import-${id}`;
