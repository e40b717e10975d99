/** Badge tokens are `BTK1.<user id>.<signature>`; a scanner may add a prefix, a URL or a line break around one. */
const BADGE_TOKEN = /BTK1\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9_-]+/i;

/** The badge token in what a camera or a typing scanner read; anything else is sent as typed, for the server to judge. */
export function badgeTokenFrom(text: string): string {
  return text.match(BADGE_TOKEN)?.[0] ?? text.trim();
}
