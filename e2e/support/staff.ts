/** Staff accounts the end-to-end server creates (test-only passwords, on a throwaway database). */
export const staff = {
  admin: { email: 'admin@e2e.test', name: 'Ada Admin', password: 'e2e-admin-passphrase', role: 'admin' },
  editor: { email: 'editor@e2e.test', name: 'Eddie Editor', password: 'e2e-editor-passphrase', role: 'editor' },
  contributor: { email: 'contributor@e2e.test', name: 'Cora Contributor', password: 'e2e-contributor-passphrase', role: 'contributor' },
  leaver: { email: 'leaver@e2e.test', name: 'Lee Leaver', password: 'e2e-leaver-passphrase', role: 'author' },
  // Security tests each have their own account, so a lock, a revocation or two-factor touches no other test.
  lockout: { email: 'lockout@e2e.test', name: 'Lou Lockout', password: 'e2e-lockout-passphrase', role: 'author' },
  otp: { email: 'otp@e2e.test', name: 'Otto Otp', password: 'e2e-otp-passphrase', role: 'editor' },
  crossSite: { email: 'cross-site@e2e.test', name: 'Cass Crosssite', password: 'e2e-cross-site-passphrase', role: 'editor' },
  cookies: { email: 'cookies@e2e.test', name: 'Coco Cookies', password: 'e2e-cookies-passphrase', role: 'author' },
  uploader: { email: 'uploader@e2e.test', name: 'Ugo Uploader', password: 'e2e-uploader-passphrase', role: 'author' },
  policy: { email: 'policy@e2e.test', name: 'Polly Policy', password: 'e2e-policy-passphrase', role: 'admin' },
  returner: { email: 'returner@e2e.test', name: 'Remy Returner', password: 'e2e-returner-passphrase', role: 'author' },
  signOut: { email: 'sign-out@e2e.test', name: 'Sid Signout', password: 'e2e-sign-out-passphrase', role: 'author' },
  passwordChange: { email: 'password-change@e2e.test', name: 'Pat Passchange', password: 'e2e-password-change-passphrase', role: 'editor' },
  // Who sees which article in the editor: an editor who finds them, and two staff who must not see them.
  reviewer: { email: 'reviewer@e2e.test', name: 'Rita Reviewer', password: 'e2e-reviewer-passphrase', role: 'editor' },
  nosyAuthor: { email: 'nosy-author@e2e.test', name: 'Nate Nosy', password: 'e2e-nosy-author-passphrase', role: 'author' },
  nosyContributor: {
    email: 'nosy-contributor@e2e.test',
    name: 'Nina Nosy',
    password: 'e2e-nosy-contributor-passphrase',
    role: 'contributor',
  },
  // Arranges the front page and sets breaking news (front-page.spec.ts).
  frontPage: { email: 'front-page@e2e.test', name: 'Fran Frontpage', password: 'e2e-front-page-passphrase', role: 'editor' },
  // Uploads a picture, sets its focal point and uses it in two stories (media-library.spec.ts).
  librarian: { email: 'librarian@e2e.test', name: 'Lib Librarian', password: 'e2e-librarian-passphrase', role: 'editor' },
  // Publishes one story and takes it back, so their author page comes and goes (editor.spec.ts).
  byline: { email: 'byline@e2e.test', name: 'Bea Byline', password: 'e2e-byline-passphrase', role: 'author' },
  // Writes, leaves, trashes and restores stories of their own (no-lost-work.spec.ts).
  keeper: { email: 'keeper@e2e.test', name: 'Kim Keeper', password: 'e2e-keeper-passphrase', role: 'editor' },
  // A writer and a desk editor who send a story back and forth and open it together (working-together.spec.ts).
  writer: { email: 'writer@e2e.test', name: 'Wren Writer', password: 'e2e-writer-passphrase', role: 'contributor' },
  desk: { email: 'desk@e2e.test', name: 'Dee Desk', password: 'e2e-desk-passphrase', role: 'editor' },
} as const;

export type StaffAccount = (typeof staff)[keyof typeof staff];
