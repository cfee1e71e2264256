import { Column, Entity, Generated, Index, PrimaryColumn } from "typeorm";
import { timestampColumn, primaryIdColumn } from "../../db/column-types";

/** A person who can sign in. `email_normalized` (lower-cased) is what makes emails unique. */
@Entity({ name: "users" })
@Index("uq_users_email_normalized", ["emailNormalized"], { unique: true })
export class User {
  @PrimaryColumn(primaryIdColumn("id"))
  @Generated("increment")
  id!: string;

  @Column({ type: "varchar", length: 254, name: "email" })
  email!: string;

  @Column({
    type: "varchar",
    length: 254,
    name: "email_normalized",
    charset: "utf8mb4",
    collation: "utf8mb4_nopad_bin",
  })
  emailNormalized!: string;

  @Column({ type: "varchar", length: 100, name: "name" })
  name!: string;

  @Column({ type: "varchar", length: 255, name: "password_hash" })
  passwordHash!: string;

  @Column(timestampColumn("created_at", { defaultNow: true }))
  createdAt!: Date;
}
