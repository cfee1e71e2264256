import { laterGtids } from "./gtid";
import { currentRequestScope } from "./request-scope";

/**
 * Bound to the request issuing a statement (if any): records the GTID its OK packet reports, so
 * the request knows how far the primary's binlog holds its writes.
 */
export function noteCommittedGtid(): (gtid: string) => void {
  const scope = currentRequestScope();
  if (!scope) return ignore;
  return (gtid) => {
    scope.writtenGtid = laterGtids(scope.writtenGtid, gtid);
  };
}

const ignore = (): void => {};
