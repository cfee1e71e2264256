import { Column, Entity, Generated, ForeignKey, Index, PrimaryColumn } from "typeorm";
import { idColumn, timestampColumn, primaryIdColumn } from "../../db/column-types";
import { User } from "../users/user.entity";

/** A signed-in session: only the SHA-256 of the cookie's token is stored. */
@Entity({ name: "sessions" })
@Index("uq_sessions_token_hash", ["tokenHash"], { unique: true })
@Index("ix_sessions_user", ["userId"])
@Index("ix_sessions_expires_at", ["expiresAt"])
export class Session {
  @PrimaryColumn(primaryIdColumn("id"))
  @Generated("increment")
  id!: string;

  @Column(idColumn("user_id"))
  @ForeignKey(() => User, { name: "fk_sessions_user", onDelete: "CASCADE", onUpdate: "RESTRICT" })
  userId!: string;

  @Column({ type: "binary", length: 32, name: "token_hash" })
  tokenHash!: Buffer;

  @Column(timestampColumn("created_at", { defaultNow: true }))
  createdAt!: Date;

  @Column(timestampColumn("expires_at"))
  expiresAt!: Date;
}
