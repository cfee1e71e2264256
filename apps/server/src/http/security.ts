import type { RequestHandler } from "express";
import helmet from "helmet";

type Helmet = ReturnType<typeof helmet>;

/**
 * The headers a middleware sets, found by running it once on a stand-in response: helmet's are the
 * same on every response (no nonces, static directives), so they need not be worked out per request.
 */
function headersSetBy(middleware: Helmet): Array<[string, string]> {
  const headers = new Map<string, string>();
  let failure: unknown;
  const response = {
    setHeader: (name: string, value: string) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
  };
  // Only setHeader and removeHeader are used: a stand-in that lacks the rest would throw here, at start.
  const stand = response as unknown as Parameters<Helmet>[1];
  middleware({} as Parameters<Helmet>[0], stand, (error) => (failure = error));
  if (failure) throw failure;
  return [...headers];
}

/**
 * Security headers. The CSP lets the SPA and its offline playground run their own scripts, inline
 * styles and web workers (from 'self' and blob:), and nothing from elsewhere.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const headers = headersSetBy(helmetFor(production));
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

const helmetFor = (production: boolean) =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", "blob:"],
        childSrc: ["'self'", "blob:"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only where TLS is terminated in front of us, i.e. in production.
    strictTransportSecurity: production,
  });
