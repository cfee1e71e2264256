import type { Request, Response } from "express";
import type { DataSource } from "typeorm";
import type { SessionControl, Viewer } from "@allyhut/schema/graphql";

export const SESSION_COOKIE = "allyhut_session";

export interface SessionOptions {
  /** Secure cookies (production). */
  secureCookies: boolean;
}

/** The viewer of this request from its session cookie, or null (one SQL statement). */
export async function resolveViewer(db: DataSource, req: Request): Promise<Viewer | null> {
  void db;
  void req;
  throw new Error("not implemented");
}

/** Starts and ends sessions for this request, setting and clearing the cookie on `res`. */
export function createSessionControl(
  db: DataSource,
  req: Request,
  res: Response,
  options: SessionOptions,
): SessionControl {
  void db;
  void req;
  void res;
  void options;
  throw new Error("not implemented");
}
