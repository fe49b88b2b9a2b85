'use client';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@/gql';
import { errorCode, errorMessage } from '@/lib/errors';
import { setToken } from '@/lib/session';
import styles from './login.module.css';
import { asyncHandler } from '@/lib/async-handler';

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      user {
        id
        email
        role
      }
    }
  }
`);

export function LoginForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, login] = useMutation(LoginMutation);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await login({ email, password });
    if (r.data) {
      setToken(r.data.login.token);
      const next = params.get('next');
      const home = r.data.login.user.role === 'AGENT' ? '/desk' : '/campaigns';
      router.replace(next && next.startsWith('/') && !next.startsWith('/login') ? next : home);
    }
  };
  const code = errorCode(result.error);

  return (
    <div className={styles.page}>
      <form className={styles.card} onSubmit={asyncHandler(submit)}>
        <h1>Pacer</h1>
        <p className="muted">Sign in to the campaign console</p>
        <label className="field">
          <span>Email</span>
          <input name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label className="field">
          <span>Password</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {result.error && (
          <p className="error" role="alert">
            {code === 'UNAUTHENTICATED' ? 'Wrong email or password.' : errorMessage(result.error)}
          </p>
        )}
        <button className="button primary" type="submit" disabled={result.fetching}>
          {result.fetching ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
