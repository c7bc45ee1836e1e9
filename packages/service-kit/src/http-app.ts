import express, { type Express } from 'express';

/**
 * An Express app for a Wohnnetz service: no framework banner, and no ETags — answers hold
 * personal data released for one request, so a hash of one is no validator to hand out (a
 * conditional request would be answered 304 from it).
 */
export function createServiceApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  return app;
}
