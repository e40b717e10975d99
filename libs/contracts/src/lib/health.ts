export interface HealthView {
  status: 'ok' | 'degraded';
  version: string;
  database: 'up' | 'down';
  mode: 'embedded' | 'server';
  uptimeSeconds: number;
}
