import { Column, Entity, PrimaryColumn } from "typeorm";
import { timestampColumn } from "../../db/column-types";

/** Failed logins per bucket (an email, a client address) in the current window. */
@Entity({ name: "login_throttles" })
export class LoginThrottle {
  @PrimaryColumn({
    type: "varchar",
    length: 300,
    name: "bucket",
    charset: "utf8mb4",
    collation: "utf8mb4_nopad_bin",
  })
  bucket!: string;

  @Column({ type: "int", unsigned: true, name: "failures", default: 0 })
  failures!: number;

  @Column(timestampColumn("window_started_at"))
  windowStartedAt!: Date;

  @Column(timestampColumn("blocked_until", { nullable: true }))
  blockedUntil!: Date | null;
}
