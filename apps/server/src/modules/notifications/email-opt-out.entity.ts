import { Entity, ForeignKey, PrimaryColumn, Column } from "typeorm";
import { primaryIdColumn, timestampColumn } from "../../db/column-types";
import { User } from "../users/user.entity";

/** A user who asked (List-Unsubscribe) not to get the non-payment e-mails. Payment e-mails still go. */
@Entity({ name: "email_opt_outs" })
export class EmailOptOut {
  @PrimaryColumn(primaryIdColumn("user_id"))
  @ForeignKey(() => User, {
    name: "fk_email_opt_outs_user",
    onDelete: "RESTRICT",
    onUpdate: "RESTRICT",
  })
  userId!: string;

  @Column(timestampColumn("opted_out_at", { defaultNow: true }))
  optedOutAt!: Date;
}
