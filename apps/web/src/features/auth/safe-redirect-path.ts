/** Where to go after sign-in: only a path inside this app, never another origin or the login page. */
export function safeRedirectPath(from: unknown): string {
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return '/';
  if (from === '/login' || from.startsWith('/login?')) return '/';
  return from;
}
