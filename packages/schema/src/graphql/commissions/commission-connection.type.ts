import { createConnection } from "../common/connection.type";
import { Commission } from "./commission.type";

export const { type: CommissionConnection, resolver: CommissionConnectionResolver } =
  createConnection("CommissionConnection", Commission, "commissions");
