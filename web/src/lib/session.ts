'use client';
/**
 * The login token, kept in localStorage so a reload stays signed in. Components read it with
 * useToken(); the urql client is rebuilt whenever it changes (new auth for HTTP and WebSocket).
 */
import { useSyncExternalStore } from 'react';

const KEY = 'pacer.token';
const listeners = new Set<() => void>();

export function getToken(): string | null {
  if (typeof window === 'undefined') return null;
  return window.localStorage.getItem(KEY);
}

export function setToken(token: string | null): void {
  if (token) window.localStorage.setItem(KEY, token);
  else window.localStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** undefined while rendering on the server (unknown), else the token or null. */
export function useToken(): string | null | undefined {
  return useSyncExternalStore(subscribe, getToken, () => undefined);
}
