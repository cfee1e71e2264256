import { createConnection } from "../common/connection.type";
import { Withdrawal } from "./withdrawal.type";

export const { type: WithdrawalConnection, resolver: WithdrawalConnectionResolver } =
  createConnection("WithdrawalConnection", Withdrawal, "withdrawals");
