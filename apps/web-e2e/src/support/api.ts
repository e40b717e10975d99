import { DEMO_PASSWORD, baseUrl } from './browser';

/** The API as an organizer's (or a participant's) scripts would call it, to set the scene of a journey. */
export async function api<T>(auth: string | null, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl()}/api/${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** The Authorization header of a demo account. */
export async function bearer(login: string): Promise<string> {
  const session = await api<{ accessToken: string }>(null, 'POST', 'auth/login', { login, password: DEMO_PASSWORD });
  return `Bearer ${session.accessToken}`;
}

/** A date in WIB, `offsetDays` from today. */
export const localDate = (offsetDays: number) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
