/** GET /api/health */
export interface Health {
  ok: true;
  engine: string;
  version: string;
  /** The server's clock (ISO 8601): "today" for the web app. */
  time: string;
}
