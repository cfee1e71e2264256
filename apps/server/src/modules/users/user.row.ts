import type { UserModel } from "@allyhut/schema/domain";
import { selectColumns } from "../../db/select-columns";
import { idFrom, type Row } from "../../db/sql-values";
import { User } from "./user.entity";

const USER_PROPERTIES = ["id", "name", "email"] as const;

/** A user `u` as UserModel needs it, the columns named as the entity's properties. */
export const USER_COLUMNS = selectColumns(User, "u", USER_PROPERTIES);

/** A user from a row of USER_COLUMNS or from the repository. */
export const userFrom = (row: Row | Pick<User, (typeof USER_PROPERTIES)[number]>): UserModel => ({
  id: idFrom(row.id),
  name: row.name as string,
  email: row.email as string,
});
