/** Mozilla's common-password list for Firefox Accounts: `test` is an exact, case-sensitive lookup. */
declare module 'fxa-common-password-list' {
  const list: { test(password: string): boolean };
  export default list;
}
