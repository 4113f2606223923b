import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { decoyHash, verifyPassword } from '../accounts/password';
import { signInSchema } from '../accounts/schema';
import { findUserByEmail } from '../accounts/store';
import { createSession, endSession, sessionMaxAgeSeconds } from './sessions';
import { rememberDevice, signInSubjectOf } from './sign-in-subject';
import { accountKey, beginSignInAttempt, clearSignInFailures } from './throttle';

declare module 'next-auth' {
  interface Session {
    sessionId?: string;
    user: { id?: string } & DefaultSession['user'];
  }
  interface User {
    sessionId?: string;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    sid?: string;
  }
}

/** Thrown when a client must wait; its code (in the URL) says nothing about the account. */
export class SignInThrottled extends CredentialsSignin {
  code = 'throttled';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: sessionMaxAgeSeconds },
  pages: { signIn: '/editor/sign-in', error: '/editor/sign-in' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const account = accountKey(email);
        const subject = signInSubjectOf(request.headers, account);
        if ((await beginSignInAttempt(account, subject)) > 0) throw new SignInThrottled();

        const user = await findUserByEmail(email);
        const valid = await verifyPassword(user?.password_hash ?? decoyHash, password);
        // A wrong password leaves the attempt recorded as the failure it is.
        if (!user || !valid || user.disabled) return null;
        await clearSignInFailures(account, subject);
        await rememberDevice(account, request.headers);
        return { id: String(user.id), name: user.name, email: user.email, sessionId: await createSession(user.id) };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sessionId) token.sid = user.sessionId;
      return token;
    },
    session({ session, token }) {
      session.sessionId = token.sid;
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    async signOut(message) {
      if ('token' in message && message.token?.sid) await endSession(message.token.sid);
    },
  },
});
