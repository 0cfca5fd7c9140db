import 'server-only';
import NextAuth, { type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { endOwnSession } from '@/newsroom/staff-sessions';
import { loadSessionConfig, loadSiteConfig } from '@/lib/config';
import { redeemTicket } from '@/newsroom/sign-in';
import { loginPath } from '@/lib/paths';

declare module 'next-auth' {
  interface Session {
    user: { id: string; sessionId: string } & DefaultSession['user'];
  }
  interface User {
    sessionId?: string;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // The cookie lasts as long as a session may; the row in staff_sessions decides whether it still works.
  session: { strategy: 'jwt', maxAge: Math.floor(loadSessionConfig().maxAgeMs / 1000) },
  pages: { signIn: loginPath() },
  // Cookies are HttpOnly and SameSite=Lax (Auth.js's defaults); Secure, with the __Secure- prefix,
  // whenever the site is served over HTTPS: always when SITE_URL says so, else when the request does.
  useSecureCookies: loadSiteConfig().siteUrl.startsWith('https://') ? true : undefined,
  providers: [
    Credentials({
      // Only a ticket from newsroom/sign-in.ts, issued after the password (and code) checks, throttling and
      // audit: posting an email and password to Auth.js's own endpoint signs no one in.
      credentials: { ticket: {} },
      async authorize(credentials, request) {
        return redeemTicket(credentials?.ticket, new Date(), request.headers.get('user-agent') ?? '');
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.user.sessionId = typeof token.sid === 'string' ? token.sid : '';
      return session;
    },
  },
  events: {
    // Every way of signing out (the editor's button, Auth.js's own endpoint) ends the session on the server.
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      const userId = Number(token?.sub);
      if (!token || typeof token.sid !== 'string' || !Number.isInteger(userId) || userId <= 0) return;
      await endOwnSession.execute(userId, { sessionId: token.sid });
    },
  },
});
