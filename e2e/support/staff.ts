/** Staff accounts the end-to-end server creates (test-only passwords, on a throwaway database). */
export const staff = {
  admin: { email: 'admin@e2e.test', name: 'Ada Admin', password: 'e2e-admin-passphrase', role: 'admin' },
  editor: { email: 'editor@e2e.test', name: 'Eddie Editor', password: 'e2e-editor-passphrase', role: 'editor' },
  contributor: { email: 'contributor@e2e.test', name: 'Cora Contributor', password: 'e2e-contributor-passphrase', role: 'contributor' },
  leaver: { email: 'leaver@e2e.test', name: 'Lee Leaver', password: 'e2e-leaver-passphrase', role: 'author' },
} as const;
