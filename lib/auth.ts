import 'server-only';
import NextAuth, { type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { loadSiteConfig } from './config';
import { redeemTicket } from './sign-in';

declare module 'next-auth' {
  interface Session {
    user: { id: string; sessionVersion: number } & DefaultSession['user'];
  }
  interface User {
    sessionVersion?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 60 * 60 * 24 * 14 },
  pages: { signIn: '/login' },
  // Cookies are HttpOnly and SameSite=Lax (Auth.js's defaults); Secure, with the __Secure- prefix,
  // whenever the site is served over HTTPS: always when SITE_URL says so, else when the request does.
  useSecureCookies: loadSiteConfig().siteUrl.startsWith('https://') ? true : undefined,
  providers: [
    Credentials({
      // Only a ticket from lib/sign-in.ts, issued after the password (and code) checks, throttling and
      // audit: posting an email and password to Auth.js's own endpoint signs no one in.
      credentials: { ticket: {} },
      async authorize(credentials) {
        return redeemTicket(credentials?.ticket);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 1;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.user.sessionVersion = typeof token.sv === 'number' ? token.sv : 0;
      return session;
    },
  },
});
