import 'server-only';
import NextAuth, { type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getSignInCandidate, recordSignIn } from '@/db/users';
import { dummyPasswordHash, verifyPassword } from './passwords';

declare module 'next-auth' {
  interface Session {
    user: { id: string; sessionVersion: number } & DefaultSession['user'];
  }
  interface User {
    sessionVersion?: number;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().min(1).max(1024),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 60 * 60 * 24 * 14 },
  pages: { signIn: '/login' },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const candidate = await getSignInCandidate(email);
        // Verify against a dummy hash for unknown emails so both failures take about as long.
        const ok = await verifyPassword(candidate?.passwordHash ?? (await dummyPasswordHash()), password);
        if (!candidate || !candidate.passwordHash || candidate.disabled || !ok) {
          await recordSignIn({ userId: candidate?.id ?? null, email, ok: false });
          return null;
        }
        await recordSignIn({ userId: candidate.id, email, ok: true });
        return { id: String(candidate.id), email: candidate.email, name: candidate.name, sessionVersion: candidate.sessionVersion };
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
