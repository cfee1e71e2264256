import type { Services, SessionControl, Viewer } from "../domain";

/** The GraphQL context every resolver receives. The server builds one per request. */
export interface ApiContext {
  /** null when nobody is signed in. */
  viewer: Viewer | null;
  services: Services;
  session: SessionControl;
}
