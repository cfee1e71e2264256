import { Column, Entity, PrimaryColumn } from "typeorm";
import { timestampColumn } from "../../../db/column-types";

/** A random key kept in the database (the unsubscribe links' key where no SESSION_SECRET is set). */
@Entity({ name: "mail_secrets" })
export class MailSecret {
  @PrimaryColumn({ type: "varchar", length: 40, name: "name" })
  name!: string;

  @Column({ type: "varchar", length: 100, name: "secret" })
  secret!: string;

  @Column(timestampColumn("created_at", { defaultNow: true }))
  createdAt!: Date;
}
